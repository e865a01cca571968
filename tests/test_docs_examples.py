"""Every command, configuration and code example in README.md and docs/ runs as written.

Each fenced block that shows a command (``scrapelint ...``, ``pre-commit ...``), a configuration
(TOML), a pre-commit or workflow file (YAML) or Python is executed in a sandbox that holds a copy
of ``examples/`` under the names the documents use (``corpus/``, ``articles/``, ``article.md``,
``page.html``, JSONL shards). A command may find problems (exit 1) but never fail to run (exit 2,
a traceback). The few blocks that cannot run here are listed in ``NOT_RUN`` with the reason,
and that list is checked too, so it cannot rot.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import CHILD_ENV, ROOT

BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
COMMAND = re.compile(
    r"^(?:\$ )?(scrapelint|python -m scrapelint|cat \S+ \| scrapelint|pip install|python|pre-commit)\b"
)
#: Command lines that cannot run in a test, and why (each must still occur in the documents).
NOT_RUN = {
    "python -m pytest": "the test suite itself",
    "--engine dask": "needs a Dask cluster; tests/test_dask.py runs the same engine",
    "python bench/": "benchmarks take minutes; their scripts are checked to exist",
}
#: Python blocks that cannot run here, and why.
PYTHON_NOT_RUN = {"s3://bucket": "reads a bucket on S3; tests/test_dask.py covers lint_bag and score_dataframe"}
HTML_PAGE = (
    "<html><head><title>Harbour news</title></head><body><nav>Home | News | Sport</nav>"
    "<article><h1>Ferry timetable approved</h1><p>The council approved the new ferry timetable on "
    "Tuesday after a long debate about costs and crossings.</p><p>Residents had asked for earlier "
    "crossings for years,and the council agreed to add two morning sailings.</p></article></body></html>"
)


def blocks() -> list[tuple[str, int, str, str]]:
    found = []
    for document in DOCUMENTS:
        for number, match in enumerate(BLOCK.finditer(document.read_text(encoding="utf-8"))):
            found.append((document.relative_to(ROOT).as_posix(), number, match.group(1), match.group(2)))
    return found


def command_lines(body: str) -> list[str]:
    lines = []
    for raw in body.splitlines():
        line = raw.strip()
        if not COMMAND.match(line):
            continue
        line = line.removeprefix("$ ")
        line = re.sub(r"\s+#\s.*$", "", line)  # a trailing comment
        lines.append(line)
    return lines


ALL = blocks()
COMMAND_BLOCKS = [b for b in ALL if b[2] in ("", "bash", "sh", "console", "shell") and command_lines(b[3])]
TOML_BLOCKS = [b for b in ALL if b[2] == "toml"]
PYTHON_BLOCKS = [b for b in ALL if b[2] == "python"]
MARKDOWN_BLOCKS = [b for b in ALL if b[2] == "markdown"]


def ids(items):
    return [f"{path}#{number}" for path, number, _, _ in items]


def examples_copy(folder: Path) -> Path:
    shutil.copytree(ROOT / "examples", folder)
    return folder


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Path:
    """A folder with the inputs the documents name, all built from examples/."""
    root = tmp_path_factory.mktemp("docs-sandbox")
    for name in ("corpus", "articles", "examples"):
        examples_copy(root / name)
    shutil.copy(ROOT / "examples" / "tables.md", root / "article.md")
    (root / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    records = [
        json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) + "\n"
        for p in sorted((ROOT / "examples").glob("*.txt"))
    ]
    (root / "shard.jsonl").write_text("".join(records), encoding="utf-8")
    (root / "corpus.jsonl").write_text("".join(records), encoding="utf-8")
    with gzip.open(root / "shard-000.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("".join(records))
    (root / "shards").mkdir()
    (root / "shards" / "shard-000.jsonl").write_text("".join(records), encoding="utf-8")
    return root


def shell(line: str, cwd: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run a documented command line as a user's shell would, with this interpreter's scripts first."""
    env = {**CHILD_ENV, **(extra_env or {})}
    env["PATH"] = os.pathsep.join([os.path.dirname(sys.executable), env.get("PATH", "")])
    env.pop("CI", None)
    line = re.sub(r"^python(?= )", shlex_quote(sys.executable), line)
    return subprocess.run(
        ["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def shlex_quote(value: str) -> str:
    import shlex

    return shlex.quote(value)


def skipped(line: str) -> str | None:
    return next((reason for marker, reason in NOT_RUN.items() if marker in line), None)


def assert_ran(result: subprocess.CompletedProcess, line: str) -> None:
    output = result.stdout[-3000:] + result.stderr[-3000:]
    assert result.returncode in (0, 1), f"{line!r} exited {result.returncode}:\n{output}"
    assert "Traceback" not in result.stderr, f"{line!r} crashed:\n{output}"


@pytest.mark.slow
@pytest.mark.parametrize(("path", "number", "language", "body"), COMMAND_BLOCKS, ids=ids(COMMAND_BLOCKS))
def test_documented_commands_run(path, number, language, body, sandbox, tmp_path):
    for line in command_lines(body):
        reason = skipped(line)
        if reason:
            if line.startswith("python bench/"):
                assert (ROOT / line.split()[1]).is_file(), line
            continue
        if line.startswith("pre-commit"):
            run_pre_commit_try_repo(line, tmp_path)
            continue
        steps = [part.strip() for part in line.split("&&")]
        for step in steps:
            if step.startswith("pip install"):
                # Install from this checkout, never from an index where scrapelint is not published.
                target = step.split()[-1].strip("'\"")
                assert target.startswith((".", "/")), f"{step!r} installs from an index"
                continue
            if skipped(step):
                continue
            result = shell(step, sandbox)
            assert_ran(result, step)
            if step == "scrapelint check examples/":
                # The README's first command: the samples carry planted defects, so it exits 1.
                assert result.returncode == 1, result.stdout[-2000:]


def test_the_readme_starts_with_its_two_commands():
    first = next(b for b in ALL if b[0] == "README.md")
    assert command_lines(first[3]) == [
        "pip install . && scrapelint check examples/",
        "pip install '.[test]' && python -m pytest -q",
    ]
    # CI installs the same way: an editable install would leave the environment's `scrapelint`
    # pointing at CI's checkout, broken once that checkout is removed.
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet --disable-pip-version-check '.[test]'" in ci
    assert " -e " not in ci
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "exit 1 is the linter finding them" in readme
    assert "test" in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]


def toml_config(body: str) -> str:
    """A documented configuration as a pyproject.toml: fragments live under [tool.scrapelint]."""
    data = tomllib.loads(body)
    assert "tool" in data and "scrapelint" in data["tool"], "a configuration block outside [tool.scrapelint]"
    return body


@pytest.mark.slow
@pytest.mark.parametrize(("path", "number", "language", "body"), TOML_BLOCKS, ids=ids(TOML_BLOCKS))
def test_documented_configurations_parse_and_lint_the_examples(path, number, language, body, tmp_path):
    (tmp_path / "pyproject.toml").write_text(toml_config(body), encoding="utf-8")
    examples_copy(tmp_path / "corpus")
    for plugin in tomllib.loads(body)["tool"]["scrapelint"].get("plugins", []):
        # The plugin the configuration names is the README's own example plugin, written where it says.
        [source] = [code for _, _, language, code in PYTHON_BLOCKS if code.startswith(f"# {Path(plugin).name}")]
        (tmp_path / plugin).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / plugin).write_text(source, encoding="utf-8")
    settings = shell("scrapelint check corpus/ --show-settings", tmp_path)
    assert settings.returncode == 0, settings.stderr
    assert str(tmp_path / "pyproject.toml") in settings.stdout
    result = shell("scrapelint check corpus/", tmp_path)
    assert_ran(result, f"scrapelint check corpus/ with {path} block {number}")


@pytest.mark.parametrize(("path", "number", "language", "body"), PYTHON_BLOCKS, ids=ids(PYTHON_BLOCKS))
def test_documented_python_runs(path, number, language, body, tmp_path, monkeypatch):
    reason = next((why for marker, why in PYTHON_NOT_RUN.items() if marker in body), None)
    if reason:
        pytest.skip(reason)
    examples_copy(tmp_path / "corpus")  # fresh: the command blocks fix the shared sandbox in place
    monkeypatch.chdir(tmp_path)
    exec(compile(body, f"{path} block {number}", "exec"), {"__name__": "__docs__"})


@pytest.mark.parametrize(("path", "number", "language", "body"), MARKDOWN_BLOCKS, ids=ids(MARKDOWN_BLOCKS))
def test_documented_suppression_comments_are_understood(path, number, language, body, tmp_path):
    (tmp_path / "note.md").write_text(body, encoding="utf-8")
    result = shell("scrapelint check note.md --isolated --no-cache --format jsonl --warn-unused-suppressions", tmp_path)
    assert_ran(result, "scrapelint check note.md")


def test_not_run_lists_only_what_the_documents_contain():
    text = "\n".join(body for _, _, _, body in ALL)
    for marker in [*NOT_RUN, *PYTHON_NOT_RUN]:
        assert marker in text, f"NOT_RUN names {marker!r}, which no document shows any more"


# -- pre-commit and the CI workflow ----------------------------------------------------------------

needs_pre_commit = pytest.mark.skipif(
    shutil.which("pre-commit") is None or shutil.which("git") is None, reason="needs pre-commit and git"
)


def corpus_repo(folder: Path) -> Path:
    examples_copy(folder)
    for args in (["init", "-q"], ["config", "user.email", "c@example.org"], ["config", "user.name", "C"]):
        subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)
    subprocess.run(["git", "add", "-A"], cwd=folder, check=True, capture_output=True)
    subprocess.run(["git", "commit", "-qm", "corpus"], cwd=folder, check=True, capture_output=True)
    return folder


def pre_commit_env(home: Path) -> dict[str, str]:
    return {"PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}


@needs_pre_commit
def run_pre_commit_try_repo(line: str, tmp_path: Path) -> None:
    repo = corpus_repo(tmp_path / "try-repo")
    command = line.replace("path/to/scrapelint", shlex_quote(str(ROOT)))
    result = shell(command, repo, pre_commit_env(tmp_path / "home"))
    output = result.stdout + result.stderr
    assert result.returncode == 1, output  # the examples carry planted defects
    assert "scrapelint" in output and "Failed" in output, output


@pytest.mark.slow
@pytest.mark.network
@needs_pre_commit
def test_pre_commit_config_snippet_runs(tmp_path):
    yaml = pytest.importorskip("yaml")
    [snippet] = [body for path, _, language, body in ALL if language == "yaml" and "repos:" in body]
    hooks = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    config = yaml.safe_load(snippet)
    assert {hook["id"] for repo in config["repos"] for hook in repo["hooks"]} <= hooks
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
    repo = corpus_repo(tmp_path / "corpus")
    text = snippet.replace("path/to/scrapelint", str(ROOT)).replace("COMMIT", commit.stdout.strip())
    (repo / ".pre-commit-config.yaml").write_text(text, encoding="utf-8")
    result = shell("pre-commit run --all-files", repo, pre_commit_env(tmp_path / "home"))
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "scrapelint" in output and "Failed" in output and "examples" not in output.split("Failed")[0][-5:]


@pytest.mark.slow
def test_ci_workflow_steps_run_on_the_examples(tmp_path):
    yaml = pytest.importorskip("yaml")
    [workflow] = [body for _, _, language, body in ALL if language == "yaml" and "jobs:" in body]
    steps = yaml.safe_load(workflow)["jobs"]["scrapelint"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    examples_copy(tmp_path / "corpus")
    summary = tmp_path / "summary.md"
    for line in runs:
        if line.startswith("pip install"):
            target = line.split()[2]
            assert target.startswith(("./", "/")), f"{line!r} installs from an index where scrapelint is not published"
            continue
        result = shell(line, tmp_path, {"GITHUB_STEP_SUMMARY": str(summary)})
        assert_ran(result, line)
        if "--format github" in line:
            assert result.returncode == 1 and "::error title=scrapelint gate failed::" in result.stdout
    assert summary.read_text(encoding="utf-8").startswith("## scrapelint: ❌ failed")
    sarif = json.loads((tmp_path / "scrapelint.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["invocations"][0]["exitCode"] == 0  # --exit-zero
