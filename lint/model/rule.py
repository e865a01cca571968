"""The rule API: what every built-in and third-party rule implements.

A rule is a class. Its docstring is its documentation page (what it does,
why it matters, an example), printed by ``scrapelint rule CODE`` and reused as
SARIF rule metadata. ``check(doc)`` yields findings as character spans; the
engine works out lines and columns.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from scrapelint.model.finding import Finding, Fix, Location, Severity

if TYPE_CHECKING:
    from scrapelint.model.document import Document

CODE_PATTERN = re.compile(r"^[A-Z]{2}\d{3}$")


class OptionError(ValueError):
    """A rule option has the wrong name, type or value."""


@dataclass(frozen=True)
class Option:
    """A documented, typed rule option settable from the configuration."""

    default: Any
    help: str
    type: type | None = None

    def coerce(self, name: str, value: Any) -> Any:
        expected = self.type or type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if expected in (list, tuple):
            if isinstance(value, str) or not isinstance(value, (list, tuple)):
                raise OptionError(f"option {name!r} takes a list, not {value!r}")
            return list(value)
        if expected is bool and not isinstance(value, bool):
            raise OptionError(f"option {name!r} takes true or false, not {value!r}")
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise OptionError(f"option {name!r} takes a {expected.__name__}, not {value!r}")
        return value


class Rule:
    """Base class for per-document rules.

    Subclasses set ``code`` (two capital letters and three digits), ``name``
    (kebab-case), and may set ``severity``, ``fixable`` (``"safe"``,
    ``"unsafe"`` or ``None``), ``options`` and ``default_enabled``.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    fixable: ClassVar[str | None] = None
    default_enabled: ClassVar[bool] = True
    options: ClassVar[dict[str, Option]] = {}
    #: Findings of this rule swallow findings of other families inside their span.
    folds: ClassVar[bool] = False

    def __init__(self, **settings: Any) -> None:
        self.config: dict[str, Any] = {key: opt.default for key, opt in self.options.items()}
        for key, value in settings.items():
            attr = key.replace("-", "_")
            if attr not in self.options:
                known = ", ".join(sorted(k.replace("_", "-") for k in self.options)) or "none"
                raise OptionError(f"{self.code} has no option {key!r} (options: {known})")
            self.config[attr] = self.options[attr].coerce(key, value)

    # -- metadata ---------------------------------------------------------

    @classmethod
    def family(cls) -> str:
        return cls.code[:2]

    @classmethod
    def summary(cls) -> str:
        """The first line of the docstring: a one-sentence description."""
        doc = inspect.getdoc(cls) or ""
        return doc.strip().splitlines()[0] if doc.strip() else cls.name

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    @classmethod
    def source_location(cls) -> str:
        """Where the rule is defined, as ``path:line``.

        The path is the module's path inside its installed package
        (``scrapelint/rules/spacing/after_punctuation.py``), the same in a checkout, an editable install
        and a wheel; a plugin loaded from a file gives that file's path (relative to the
        working directory when it lies below it).
        """
        module = sys.modules.get(cls.__module__)
        filename = inspect.getsourcefile(cls) or getattr(module, "__file__", None) or ""
        try:
            line = inspect.getsourcelines(cls)[1]
        except (OSError, TypeError):
            line = 0
        suffix = f":{line}" if line else ""
        spec = getattr(module, "__spec__", None)
        if spec is not None and spec.name == cls.__module__ and not cls.__module__.startswith("scrapelint_local_"):
            parts = cls.__module__.split(".")
            name = "__init__.py" if Path(filename).name == "__init__.py" else f"{parts.pop()}.py"
            return "/".join([*parts, name]) + suffix
        path = Path(filename)
        try:
            return path.resolve().relative_to(Path.cwd().resolve()).as_posix() + suffix
        except ValueError:
            return path.as_posix() + suffix

    @classmethod
    def is_corpus_rule(cls) -> bool:
        return False

    # -- checking ---------------------------------------------------------

    def prepare_for_workers(self) -> None:
        """Load what the rule needs before the engine forks worker processes.

        Called once, only when a run starts a process pool, so that workers
        inherit loaded libraries and data instead of each loading them; a
        one-file run never pays for it.
        """

    def check(self, doc: Document) -> Iterable[Finding]:
        """Yield the findings for one document."""
        raise NotImplementedError

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        *,
        fix: Fix | None = None,
        severity: Severity | None = None,
        **extra: Any,
    ) -> Finding:
        """Build a finding of this rule at ``text[start:end]``."""
        return Finding(
            code=self.code,
            message=message,
            start=start,
            end=end,
            severity=severity or self.severity,
            fix=fix,
            extra=extra,
        )


class CorpusRule(Rule):
    """A rule that needs every document before it can judge.

    ``collect(doc)`` returns a picklable partial for one document,
    ``merge(a, b)`` combines two partials (associative, so chunks from a
    process pool or a distributed engine can merge in any grouping), and
    ``finalize(partial)`` yields findings located with :class:`Location`.
    """

    @classmethod
    def is_corpus_rule(cls) -> bool:
        return True

    def check(self, doc: Document) -> Iterator[Finding]:
        return iter(())

    def empty(self) -> Any:
        """The neutral partial (merging it changes nothing)."""
        return None

    def collect(self, doc: Document) -> Any:
        raise NotImplementedError

    def merge(self, left: Any, right: Any) -> Any:
        raise NotImplementedError

    def finalize(self, partial: Any) -> Iterable[Finding]:
        raise NotImplementedError

    def finding_at(
        self,
        location: Location,
        message: str,
        *,
        severity: Severity | None = None,
        fix: Fix | None = None,
        **extra: Any,
    ) -> Finding:
        """Build a finding at a location recorded during ``collect``."""
        return Finding(
            code=self.code,
            message=message,
            start=location.start,
            end=location.end,
            severity=severity or self.severity,
            fix=fix,
            path=location.path,
            doc=location.doc,
            record=location.record,
            line=location.line,
            column=location.column,
            end_line=location.end_line,
            end_column=location.end_column,
            snippet=location.snippet,
            extra=extra,
        )


def validate_rule_class(rule: type) -> None:
    """Raise ``TypeError`` when a class cannot serve as a rule."""
    if not (isinstance(rule, type) and issubclass(rule, Rule)):
        raise TypeError(f"{rule!r} is not a subclass of scrapelint.Rule")
    if not CODE_PATTERN.match(rule.code or ""):
        raise TypeError(f"{rule.__name__}: code {rule.code!r} is not two capitals and three digits")
    if not rule.name or not re.match(r"^[a-z][a-z0-9-]*$", rule.name):
        raise TypeError(f"{rule.__name__}: name {rule.name!r} must be kebab-case")
    if rule.fixable not in (None, "safe", "unsafe"):
        raise TypeError(f"{rule.__name__}: fixable must be 'safe', 'unsafe' or None")


class RuleInfo:
    """What selection, listings and the gate need of a rule, without importing its module.

    A built-in (or third-party) plugin can list its rules as a static table of these
    (``scrapelint_rule_table`` hook); the class is imported by :meth:`load` only when a run
    selects the rule or a page shows its documentation. It answers the same questions a rule
    class does (``code``, ``name``, ``severity``, ``default_enabled``, ``fixable``,
    ``family()``, ``summary()``, ``is_corpus_rule()``), so the two are interchangeable there.
    """

    __slots__ = ("_summary", "code", "corpus", "default_enabled", "fixable", "module", "name", "qualname", "severity")

    def __init__(
        self,
        code: str,
        name: str,
        severity: Severity | str,
        default_enabled: bool,
        fixable: str | None,
        corpus: bool,
        module: str,
        qualname: str,
        summary: str,
    ) -> None:
        self.code = code
        self.name = name
        self.severity = Severity(severity)
        self.default_enabled = default_enabled
        self.fixable = fixable
        self.corpus = corpus
        self.module = module
        self.qualname = qualname
        self._summary = summary

    @classmethod
    def of(cls, rule: type[Rule]) -> RuleInfo:
        """The information a loaded rule class gives (for a table, or a plugin without one)."""
        return cls(
            rule.code,
            rule.name,
            rule.severity,
            rule.default_enabled,
            rule.fixable,
            rule.is_corpus_rule(),
            rule.__module__,
            rule.__qualname__,
            rule.summary(),
        )

    def row(self) -> tuple:
        """The table row (plain values, in the order of ``__init__``)."""
        return (
            self.code,
            self.name,
            self.severity.value,
            self.default_enabled,
            self.fixable,
            self.corpus,
            self.module,
            self.qualname,
            self._summary,
        )

    def family(self) -> str:
        return self.code[:2]

    def summary(self) -> str:
        return self._summary

    def is_corpus_rule(self) -> bool:
        return self.corpus

    def load(self) -> type[Rule]:
        """Import the rule's module and return its class; ``ImportError`` when it is not there."""
        # __import__ rather than importlib.import_module: the same import, and ``-X importtime`` sees it.
        target: Any = __import__(self.module, fromlist=["__name__"])
        for part in self.qualname.split("."):
            target = getattr(target, part, None)
        if not (isinstance(target, type) and issubclass(target, Rule) and target.code == self.code):
            raise ImportError(f"{self.module} has no rule class {self.qualname} with code {self.code}")
        return target

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleInfo) and self.row() == other.row()

    def __hash__(self) -> int:
        return hash(self.row())

    def __repr__(self) -> str:
        return f"RuleInfo({self.code}, {self.name}, {self.module}.{self.qualname})"
