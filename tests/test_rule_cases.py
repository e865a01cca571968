"""Every YAML rule case under tests/rules/cases, run by the same harness plugin authors use."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapelint.testing import case_params, run_case

CASES = Path(__file__).parent / "rules" / "cases"


@pytest.mark.parametrize("case", case_params(CASES))
def test_rule_case(case):
    run_case(case)
