"""Photos of paper walls: check, rotate, shrink and re-encode an image before it is stored.

Pillow only, no Qt: the GUI hands over the bytes of a dropped or pasted file and gets back
a small JPEG or PNG (or an `ImageError` whose message names the file and says what is wrong).

Why every step:
- untrusted input (a file from anyone's phone or the clipboard): only a few formats are
  opened, the pixel count is checked from the header BEFORE decoding, and Pillow's
  decompression-bomb warning is an error here, not a warning;
- phones store portrait photos sideways plus an EXIF "rotate me" flag: the flag is applied
  to the pixels so the photo is upright everywhere (boards, PDF, PNG);
- metadata (GPS position, camera serial) is never stored: the file is written from pixels;
- a 12-48 MP photo is useless on a board and bloats the file: the longest side is capped;
- a photograph (many colours, no transparency) is stored as a JPEG, a tenth of its PNG;
  a drawing or screenshot (few colours) or anything transparent stays a lossless PNG,
  where JPEG would blur its lines and letters.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from app.domain.model import STORED_PHOTO_FORMATS

MAX_SIDE = 2000  # px, the longest side stored: sharp on a 1080p projector, small in the file
MAX_PIXELS = 64_000_000  # refuse above this (a 48 MP phone photo passes; a bomb does not)
MAX_FILE_BYTES = 60 * 1024 * 1024  # a photo file larger than this is not a photo
FORMATS = ("PNG", "JPEG", "GIF", "BMP", "WEBP", "TIFF")  # what Point B opens (JPEG covers MPO)
STORED_FORMATS = STORED_PHOTO_FORMATS  # what a workshop keeps
# More distinct colours than this and no transparency: a photograph, kept as JPEG.
PHOTO_MIN_COLOURS = 4096
JPEG_QUALITY = 85

# Pillow's own guard, set to our limit (it is global: keep it at least as strict as ours).
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


class ImageError(ValueError):
    """An image that cannot be placed on a board; the message names the file."""

    def __init__(self, name: str, reason: str, code: str = "damaged") -> None:
        self.name = name
        self.reason = reason
        # What kind of refusal (the UI words it in its own language): empty, too_large,
        # bomb, unsupported, damaged, unreadable.
        self.code = code
        super().__init__(f"{name}: {reason}")


@dataclass(frozen=True)
class PreparedImage:
    name: str
    png: bytes  # the stored file: JPEG for a photograph, PNG otherwise (`stored_format`)
    width: int  # pixels of the stored image
    height: int


def prepare_image(data: bytes, name: str, max_side: int = MAX_SIDE) -> PreparedImage:
    """Validate `data` (the bytes of an image file called `name`) and return it clean and
    small: a JPEG for a photograph, a PNG for a drawing, a screenshot or a transparent image.

    Raises ImageError for empty, oversized, broken, unsupported or bomb images.
    """
    if not data:
        raise ImageError(name, "the file is empty", "empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(
            name,
            f"the file is too large ({len(data) // (1024 * 1024)} MB; at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)",
            "too_large",
        )
    with warnings.catch_warnings():
        # A DecompressionBombWarning is the one sign of a bomb between 1x and 2x the
        # limit: treat it like the error Pillow raises above 2x.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                width, height = image.size
                if width <= 0 or height <= 0:
                    raise ImageError(name, "the image has no pixels", "damaged")
                if width * height > MAX_PIXELS:
                    raise _bomb(name, width, height)
                if image.format == "JPEG" or image.format == "MPO":
                    # Decode a JPEG at a reduced scale when it is far larger than we keep:
                    # much less memory and time for a 48 MP photo.
                    image.draft("RGB", (max_side, max_side))
                image.load()
                result = _clean(image, max_side)
        except ImageError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageError(
                name,
                f"the image is too large to open safely (more than {MAX_PIXELS:,} pixels); "
                "it may be a decompression bomb",
                "bomb",
            ) from None
        except UnidentifiedImageError:
            raise ImageError(
                name,
                "not an image Point B can read (use PNG, JPEG, GIF, BMP, WebP or TIFF)",
                "unsupported",
            ) from None
        except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
            # Truncated or corrupt data: Pillow raises OSError ("image file is truncated"),
            # SyntaxError (broken PNG chunks) or ValueError.
            raise ImageError(
                name, f"the image is damaged and cannot be read ({_short(exc)})"
            ) from None
    buffer = io.BytesIO()
    if is_photograph(result):
        result.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        result.save(buffer, format="PNG", compress_level=6)
    return PreparedImage(name=name, png=buffer.getvalue(), width=result.width, height=result.height)


def is_photograph(image: Image.Image) -> bool:
    """True for an opaque image with many colours (a photo), which JPEG stores well; a
    drawing or screenshot has few colours and sharp edges that JPEG would smear."""
    if image.mode != "RGB":
        return False
    return image.getcolors(maxcolors=PHOTO_MIN_COLOURS) is None


def stored_format(data: bytes) -> str:
    """"JPEG" or "PNG": the format of a stored photo, from its first bytes."""
    return "JPEG" if data[:3] == b"\xff\xd8\xff" else "PNG"


def prepare_image_file(path: Path | str, max_side: int = MAX_SIDE) -> PreparedImage:
    """`prepare_image` for a file on disk (a dropped file); its name is the file name."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageError(
                path.name,
                f"the file is too large ({size // (1024 * 1024)} MB; at most "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB)",
                "too_large",
            )
        data = path.read_bytes()
    except ImageError:
        raise
    except OSError as exc:
        raise ImageError(
            path.name, f"the file cannot be read ({exc.strerror or exc})", "unreadable"
        ) from None
    return prepare_image(data, path.name, max_side)


def stored_png_problem(png: bytes, name: str) -> str | None:
    """What is wrong with a photo as stored in a workshop (from a dump or a received file),
    or None: the same checks as a dropped photo, and it must already be the small image that
    `prepare_image` makes (JPEG or PNG, at most MAX_SIDE on its longest side, decodable)."""
    if len(png) > MAX_FILE_BYTES:
        return "the photo is too large"
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(png), formats=STORED_FORMATS) as image:
                width, height = image.size
                if width <= 0 or height <= 0 or max(width, height) > MAX_SIDE:
                    return f"the photo is {width} × {height} pixels (at most {MAX_SIDE} a side)"
                image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return "the photo is too large to open safely"
        except UnidentifiedImageError:
            return "the photo is not a JPEG or PNG image"
        except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
            return f"the photo is damaged ({_short(exc)})"
    return None


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a stored photo (JPEG or PNG), from its header (no decoding)."""
    with Image.open(io.BytesIO(png), formats=STORED_FORMATS) as image:
        return image.size


def _clean(image: Image.Image, max_side: int) -> Image.Image:
    """Upright, RGB/RGBA, no metadata, at most `max_side` on the longest side."""
    upright = ImageOps.exif_transpose(image) or image
    has_alpha = upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info
    )
    converted = upright.convert("RGBA" if has_alpha else "RGB")
    if max(converted.size) > max_side:
        converted.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    # A fresh image from the pixels alone: no EXIF, ICC, text chunks or GPS survive.
    clean = Image.new(converted.mode, converted.size)
    clean.paste(converted)
    return clean


def _bomb(name: str, width: int, height: int) -> ImageError:
    return ImageError(
        name,
        f"the image is too large to open safely ({width} × {height} = {width * height:,} "
        f"pixels; at most {MAX_PIXELS:,}); it may be a decompression bomb",
        "bomb",
    )


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]
