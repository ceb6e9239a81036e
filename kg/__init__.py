"""filings-kg: an evidence-backed knowledge graph of biotech company filings."""

__version__ = "0.1.0"
