"""Openings of the releases the review of 2026-12-07 read (Allos, Cell Genesys): the dateline and first
sentence a test release starts with, shared by the pipeline tests of that review."""

ALLOS_HEAD = (
    "WESTMINSTER, Colo., February 24, 2010 -- Allos Therapeutics, Inc. (Nasdaq: ALTH) today\n"
    "announced financial results for the fourth quarter and year ended December 31, 2009.\n\n"
)
CELL_GENESYS_HEAD = (
    "SOUTH SAN FRANCISCO, Calif., August 1, 2006 -- Cell Genesys, Inc. (Nasdaq: CEGE)\n"
    "today reported financial results for the second quarter ended June 30, 2006.\n\n"
)
