"""The BP bench names every built set it could not read, so a checkout without one is not
mistaken for the full bench."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import boilerplate


def test_a_set_not_built_is_named_with_the_script_that_builds_it(tmp_path: Path, monkeypatch, capsys):
    (tmp_path / "bench" / "out").mkdir(parents=True)
    (tmp_path / "bench" / "out" / "boilerplate_l3s.jsonl").write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(boilerplate, "ROOT", tmp_path)
    monkeypatch.setenv("SCRAPELINT_SHARED", str(tmp_path / "shared"))
    paths = boilerplate.default_data()
    told = capsys.readouterr().err
    assert [p.name for p in paths] == ["dev.jsonl", "boilerplate_l3s.jsonl"]
    assert "bench/out/boilerplate_wcxb.jsonl (python bench/build_boilerplate_wcxb.py)" in told
    assert "boilerplate_l3s.jsonl" not in told


@pytest.mark.parametrize("name", sorted(boilerplate.BUILT_SETS))
def test_every_built_set_names_a_build_script_that_exists(name: str):
    script = Path(boilerplate.ROOT) / boilerplate.BUILT_SETS[name]
    assert script.is_file(), script
