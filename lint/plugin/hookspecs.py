"""Plugin hooks. A plugin implements any of these with ``@scrapelint.hookimpl``.

Plugins register through the ``scrapelint`` entry-point group, the built-in
``rules`` package included, or as modules named in the ``plugins`` setting.
"""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("scrapelint")
hookimpl = pluggy.HookimplMarker("scrapelint")


@hookspec
def scrapelint_rules() -> list[type]:
    """Return rule classes (subclasses of ``scrapelint.Rule`` or ``scrapelint.CorpusRule``)."""


@hookspec
def scrapelint_families() -> list:
    """Return the ``scrapelint.Family`` of each rule family the plugin brings (prefix, title, weight)."""


@hookspec
def scrapelint_readers() -> list[type]:
    """Return reader classes (subclasses of ``scrapelint.io.readers.Reader``)."""


@hookspec
def scrapelint_formatters() -> list[type]:
    """Return formatter classes (subclasses of ``scrapelint.report.formatters.Formatter``)."""


@hookspec
def scrapelint_rule_table() -> list:
    """Return a ``scrapelint.model.rule.RuleInfo`` per rule, so rules load only when selected.

    Optional. A plugin that implements it is not asked for ``scrapelint_rules`` when the
    registry is built: each rule's module is imported on first use (a run that selects it,
    its documentation page). The table must list exactly what ``scrapelint_rules`` returns.
    """
