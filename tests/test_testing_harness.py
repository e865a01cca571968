"""The YAML rule-case harness (scrapelint.testing): positions, messages, exact snippets, skip, plugins."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _pytest.outcomes import Skipped
from scrapelint.testing import case_params, load_cases, run_case

from tests.conftest import CHILD_ENV, ROOT

DEMO_PLUGIN = ROOT / "tests" / "plugins" / "demo_plugin.py"
EXAMPLE_CASES = ROOT / "docs" / "plugin-example" / "tests" / "cases"


def case_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "cases" / "case.yml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def one_case(tmp_path: Path, spec: str, rule: str = "SP004"):
    body = f"rule: {rule}\ncases:\n  it:\n" + textwrap.indent(textwrap.dedent(spec), "    ")
    [case] = load_cases(case_file(tmp_path, body))
    return case


def test_violations_check_line_column_code_and_message(tmp_path):
    run_case(
        one_case(
            tmp_path,
            """\
            fail_str: "First line.\\nThe talks  resumed."
            violations: [{line: 2, column: 10, code: SP004, message: "doubled space"}]
            """,
        )
    )


@pytest.mark.parametrize(
    "violation",
    [
        "{line: 1, column: 10}",
        "{line: 2, column: 11}",
        "{line: 2, column: 10, message: 'two spaces'}",
        "{line: 2, column: 10}, {line: 2, column: 20}",
    ],
)
def test_a_wrong_violation_fails(tmp_path, violation):
    case = one_case(tmp_path, f'fail_str: "First line.\\nThe talks  resumed."\nviolations: [{violation}]\n')
    with pytest.raises(AssertionError, match="expected violations"):
        run_case(case)


def test_expect_matches_the_flagged_text_exactly(tmp_path):
    run_case(one_case(tmp_path, 'fail_str: "The talks  resumed."\nexpect: ["  "]\n'))
    for partial in ('[" "]', '["talks  "]', '["  ", "  "]'):
        case = one_case(tmp_path, f'fail_str: "The talks  resumed."\nexpect: {partial}\n')
        with pytest.raises(AssertionError, match="expected the flagged text"):
            run_case(case)


def test_skip_carries_its_reason(tmp_path):
    path = case_file(tmp_path, 'rule: SP004\ncases:\n  later:\n    pass_str: "x  y"\n    skip: "not decided yet"\n')
    [param] = case_params(path.parent)
    assert [mark.kwargs["reason"] for mark in param.marks] == ["not decided yet"]
    with pytest.raises(Skipped, match="not decided yet"):
        run_case(param.values[0])


def test_unknown_keys_are_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown keys"):
        one_case(tmp_path, 'fail_str: "x"\nexpects: ["x"]\n')


def test_a_plugin_given_by_path_is_loaded(tmp_path):
    body = f"""\
        rule: ZZ001
        plugin: {DEMO_PLUGIN.as_posix()}
        cases:
          glued:
            fail_str: "red,green"
            violations: [{{line: 1, column: 4, code: ZZ001}}]
        """
    [case] = load_cases(case_file(tmp_path, body))
    run_case(case)


def test_a_plugin_path_is_relative_to_the_case_file(tmp_path):
    (tmp_path / "plugin.py").write_text(DEMO_PLUGIN.read_text(encoding="utf-8"), encoding="utf-8")
    body = 'rule: ZZ001\nplugin: ../plugin.py\ncases:\n  ok:\n    pass_str: "red, green"\n'
    [case] = load_cases(case_file(tmp_path, body))
    assert case.plugins == (str((tmp_path / "plugin.py").resolve()),)
    run_case(case)


@pytest.mark.parametrize("case", case_params(EXAMPLE_CASES))
def test_the_plugin_example_cases_pass(case):
    run_case(case)


def test_the_harness_loads_neither_dask_nor_pyarrow():
    """A plugin author's environment has only scrapelint[testing]; nothing heavier may be needed."""
    script = textwrap.dedent(
        f"""
        import sys
        from scrapelint.testing import load_cases, run_case
        for case in load_cases({str(EXAMPLE_CASES / "HR001.yml")!r}):
            if not case.skip:
                run_case(case)
        heavy = sorted(name for name in ("dask", "distributed", "pyarrow", "pandas") if name in sys.modules)
        assert not heavy, heavy
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=CHILD_ENV, check=False)
    assert done.returncode == 0, done.stderr
