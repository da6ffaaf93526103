"""Normalization of one document's observations: codes, values, units, then checks.

Order: catalog codes first (the catalog kind of a row settles how its number is read:
a count is whole, a percent takes the decimal reading), then each value through
``normalize.numbers.parse_number`` with the row's printed unit and catalog kind, coded
answers through the legend printed in the unit cell (or the catalog's legend when the row
prints none), the canonical unit, and finally the arithmetic checks of
``normalize.checks``. Table and narrative observations both pass through; a narrative
observation keeps the indicator_code its parser gave it.
"""

from __future__ import annotations

from core.records import Observation
from normalize.catalog import Catalog, assign_codes, load_catalog
from normalize.checks import check_applicability, check_observations, ocr_readings
from normalize.labels import clean_label
from normalize.numbers import document_number_style, parse_number
from normalize.units import canonical_unit, parse_code_legend


def _legend_unit(o: Observation, catalog: Catalog) -> str | None:
    """The unit text to read a value with: the printed one, or the catalog's legend for a coded row."""

    ind = catalog.get(o.indicator_code)
    if o.measure_unit and o.measure_unit.strip():
        return o.measure_unit
    if ind is not None and ind.kind == "code" and ind.measure_unit and parse_code_legend(ind.measure_unit):
        return ind.measure_unit
    return o.measure_unit


def normalize_value(o: Observation, catalog: Catalog, style: str | None = None) -> None:
    """Fill value, value_text, value_meaning and unit_canonical of one observation from value_raw."""

    ind = catalog.get(o.indicator_code)
    kind = ind.kind if ind is not None and ind.kind != "group" else None
    unit = _legend_unit(o, catalog)
    if o.measure_unit is not None:
        cleaned = clean_label(o.measure_unit)
        o.measure_unit = cleaned or None
    o.unit_canonical = canonical_unit(o.measure_unit) if o.measure_unit else None
    if o.value_raw is None or not str(o.value_raw).strip():
        if o.origin == "table":
            o.value, o.value_text = None, None
        return
    reading = parse_number(o.value_raw, unit=unit, kind=kind, style=style)
    value = reading.value
    if kind == "percent" and reading.denominator and not reading.percent and reading.numerator is not None:
        # a percent row printed as a fraction (7/36): the percent it stands for
        value = reading.numerator / reading.denominator * 100.0
    if value is not None or reading.value_text is not None or o.origin == "table":
        o.value = value
        o.value_text = reading.value_text
    if reading.meaning is not None:
        o.value_meaning = reading.meaning
    for name in reading.flags:
        o.flag(name)


def normalize_observations(
    observations: list[Observation], catalog: Catalog | None = None, period=None, lines=None
) -> None:
    """Codes, values, units and checks for one document's observations (in place).
    ``period`` (first, last day of the report's period, or None) adds the template-version
    flags (``normalize.checks.check_applicability``); ``lines`` (the document's extracted
    lines) bring the OCR evidence of scanned values (``normalize.checks.ocr_readings``)."""
    catalog = catalog or load_catalog()
    for o in observations:
        if o.label:
            o.label = clean_label(o.label)
    assign_codes(observations, catalog)
    style = document_number_style(o.value_raw for o in observations)  # decided per document
    for o in observations:
        normalize_value(o, catalog, style)
    readings = None
    if lines is not None:
        readings = ocr_readings(observations, lines)
    check_observations(observations, catalog, readings)
    if period is not None:
        check_applicability(observations, catalog, period[0], period[1])
