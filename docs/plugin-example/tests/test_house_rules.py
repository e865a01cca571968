"""Runs every YAML case under tests/cases with scrapelint's own harness."""

from pathlib import Path

import pytest
from scrapelint.testing import case_params, run_case


@pytest.mark.parametrize("case", case_params(Path(__file__).parent / "cases"))
def test_rule_case(case):
    run_case(case)
