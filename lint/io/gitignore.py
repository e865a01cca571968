""".gitignore rules while walking folders, with git's semantics (pathspec's GitIgnoreSpec).

Files a repository ignores (build output, downloaded dumps, scratch notes) are not the corpus;
ruff skips them by default and so does scrapelint. Each ``.gitignore`` applies to its own folder
and below, the deepest file that has an opinion about a path deciding. Above the walked folder,
``.gitignore`` files count up to the repository root (the folder holding ``.git``); outside a
repository only those inside the walked folder do. Files named on the command line are always
linted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pathspec import GitIgnoreSpec


@dataclass
class GitIgnore:
    """The ignore files that apply to one folder walk, keyed by the folder that holds them."""

    specs: dict[str, GitIgnoreSpec] = field(default_factory=dict)

    @classmethod
    def for_walk(cls, folder: Path) -> GitIgnore:
        """Start a walk at ``folder``: read the ``.gitignore`` files above it inside its repository."""
        ignore = cls()
        top = folder.resolve()
        chain = [top]
        if not (top / ".git").exists():
            for parent in top.parents:
                chain.append(parent)
                if (parent / ".git").exists():
                    break
            else:
                chain = [top]  # not in a repository: nothing above the walked folder counts
        for directory in reversed(chain):
            ignore.enter(str(directory))
        return ignore

    def enter(self, directory: str) -> None:
        """Read ``directory/.gitignore`` if there is one (call before asking about its entries)."""
        directory = os.path.abspath(directory)
        if directory in self.specs:
            return
        path = os.path.join(directory, ".gitignore")
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                self.specs[directory] = GitIgnoreSpec.from_lines(handle)
        except OSError:
            return

    def ignored(self, path: str, is_dir: bool = False) -> bool:
        """Whether git would ignore ``path``: the deepest ``.gitignore`` that matches it decides."""
        full = os.path.abspath(path)
        verdict = None
        for directory, spec in sorted(self.specs.items(), key=lambda item: len(item[0])):
            if full != directory and not full.startswith(directory.rstrip(os.sep) + os.sep):
                continue
            relative = os.path.relpath(full, directory).replace(os.sep, "/")
            result = spec.check_file(relative + "/" if is_dir else relative)
            if result.include is not None:
                verdict = result.include
        return bool(verdict)
