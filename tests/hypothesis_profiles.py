"""Hypothesis profiles shared by the property and fuzz tests, chosen by ``HYPOTHESIS_PROFILE``.

``ci`` (the default) runs a bounded, derandomised number of examples per test, so the suite takes
the same time and finds the same things on every run. ``nightly`` runs 20,000 examples per test
with fresh random seeds and keeps failing examples in the local ``.hypothesis`` database:

    HYPOTHESIS_PROFILE=nightly .venv/bin/pytest tests/test_property_numbers.py tests/test_property_tables.py tests/test_fuzz_seeds.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: Examples per test in the bounded CI run.
CI_EXAMPLES = 200
#: Examples per test in the nightly-sized run.
NIGHTLY_EXAMPLES = 20_000

# Generated filings are large inputs: the data-size and speed health checks would only add noise.
_SLOW_INPUTS = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_INPUTS,
)
settings.register_profile(
    "nightly",
    max_examples=NIGHTLY_EXAMPLES,
    deadline=None,
    print_blob=True,
    suppress_health_check=_SLOW_INPUTS,
)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)
