"""Photos of paper walls: app.imaging (Pillow) and the pure placement rules and edits."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app import imaging
from app.domain import edits, model
from app.domain import images as placement
from app.imaging import ImageError, prepare_image, prepare_image_file


def jpeg_bytes(size: tuple[int, int], orientation: int | None = None, **extra: object) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    # A marker in the top-left corner shows where "up" ends after rotation.
    image.paste((0, 0, 255), (0, 0, size[0] // 4, size[1] // 8))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"  # camera make: metadata that must not survive
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes(), quality=90, **extra)
    return buffer.getvalue()


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def bomb_png(width: int, height: int) -> bytes:
    """A tiny file whose header promises a gigantic picture."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


def decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def test_a_flat_picture_is_downscaled_and_re_encoded_as_png_without_metadata() -> None:
    # Two colours (a drawing, whatever file it came in): lossless PNG keeps its edges.
    prepared = prepare_image(jpeg_bytes((4000, 3000)), "wall.jpg")
    assert (prepared.width, prepared.height) == (2000, 1500)
    image = decode(prepared.png)
    assert image.format == "PNG" and image.size == (2000, 1500) and image.mode == "RGB"
    assert not image.getexif() and "exif" not in image.info


def photograph(size: tuple[int, int]) -> Image.Image:
    """Smooth gradients under sensor noise: tens of thousands of colours, like a photo."""
    noise = Image.merge("RGB", [Image.effect_noise(size, sigma) for sigma in (30, 40, 50)])
    gradient = Image.linear_gradient("L").resize(size).convert("RGB")
    return Image.blend(gradient, noise, 0.3)


def test_a_photograph_is_stored_as_a_jpeg_far_smaller_than_its_png() -> None:
    source = photograph((1200, 900))
    buffer = io.BytesIO()
    source.save(buffer, format="PNG")
    prepared = prepare_image(buffer.getvalue(), "wall.png")
    stored = decode(prepared.png)
    assert stored.format == "JPEG" and stored.size == (1200, 900)
    assert imaging.stored_format(prepared.png) == "JPEG"
    assert len(prepared.png) < len(buffer.getvalue()) / 3
    assert not stored.getexif() and imaging.stored_png_problem(prepared.png, "wall") is None
    assert imaging.png_size(prepared.png) == (1200, 900)


def test_a_screenshot_stays_a_png_pixel_for_pixel() -> None:
    screenshot = Image.new("RGB", (640, 400), (250, 250, 250))
    for row in range(0, 400, 20):
        screenshot.paste((30, 30, 30), (10, row, 600, row + 2))  # lines of "text"
    buffer = io.BytesIO()
    screenshot.save(buffer, format="BMP")
    prepared = prepare_image(buffer.getvalue(), "screen.bmp")
    stored = decode(prepared.png)
    assert stored.format == "PNG" and imaging.stored_format(prepared.png) == "PNG"
    assert stored.convert("RGB").tobytes() == screenshot.tobytes()


def test_exif_rotation_is_applied_to_the_pixels() -> None:
    # Orientation 6: the camera was turned; the picture must be rotated 90° clockwise.
    prepared = prepare_image(jpeg_bytes((400, 300), orientation=6), "portrait.jpg")
    assert (prepared.width, prepared.height) == (300, 400)
    image = decode(prepared.png).convert("RGB")
    red, _green, blue = image.getpixel((image.width - 5, 5))  # the marker is now top-right
    assert blue > 200 and red < 60
    assert not image.getexif()


def test_small_images_keep_their_size_and_transparency() -> None:
    source = Image.new("RGBA", (120, 80), (0, 128, 0, 100))
    buffer = io.BytesIO()
    source.save(buffer, format="PNG")
    prepared = prepare_image(buffer.getvalue(), "sticker.png")
    assert (prepared.width, prepared.height) == (120, 80)
    assert decode(prepared.png).mode == "RGBA"
    assert imaging.png_size(prepared.png) == (120, 80)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"this is not an image at all", "not an image"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "not an image"),
    ],
)
def test_broken_or_foreign_files_are_refused_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(ImageError, match=reason) as caught:
        prepare_image(data, "IMG_0042.jpg")
    assert str(caught.value).startswith("IMG_0042.jpg: ")
    assert caught.value.name == "IMG_0042.jpg"


def test_a_truncated_photo_is_refused() -> None:
    data = jpeg_bytes((800, 600))
    with pytest.raises(ImageError, match="damaged") as caught:
        prepare_image(data[: len(data) // 2], "half.jpg")
    assert "half.jpg" in str(caught.value)


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(ImageError, match="decompression bomb") as caught:
        prepare_image(bomb_png(40_000, 40_000), "bomb.png")
    assert "bomb.png" in str(caught.value)
    # Just above our own limit (below Pillow's hard error): refused too.
    with pytest.raises(ImageError, match="too large to open safely"):
        prepare_image(bomb_png(8100, 8000), "big.png")
    assert Image.MAX_IMAGE_PIXELS == imaging.MAX_PIXELS


def test_pillow_bomb_warning_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # If our own check were ever loosened, Pillow's warning still refuses the image.
    monkeypatch.setattr(imaging, "MAX_PIXELS", 10**12)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(ImageError, match="decompression bomb"):
        prepare_image(bomb_png(40, 40), "warn.png")  # 1600 px: Pillow warns (< 2x limit)


def test_files_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "flip chart.jpg"
    path.write_bytes(jpeg_bytes((640, 480)))
    assert prepare_image_file(path).name == "flip chart.jpg"
    with pytest.raises(ImageError, match="cannot be read") as caught:
        prepare_image_file(tmp_path / "gone.png")
    assert "gone.png" in str(caught.value)
    monkeypatch.setattr(imaging, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImageError, match="too large"):
        prepare_image_file(path)


def test_placement_rules() -> None:
    assert placement.placed_size(2000, 1500) == (900.0, 675.0)
    assert placement.placed_size(300, 200) == (300.0, 200.0)  # never blown up
    assert placement.placed_size(10, 10) == (60.0, 60.0)  # stays grabbable
    assert placement.centred_at(100.0, 100.0, 50.0, 20.0) == (75.0, 90.0)
    assert placement.resized(400.0, 300.0, 800.0) == (800.0, 600.0)
    assert placement.resized(400.0, 300.0, 1.0) == (80.0, 60.0)  # the short side stays >= 60
    with pytest.raises(ValueError):
        placement.placed_size(0, 10)


def test_image_edits_round_trip() -> None:
    data = model.WorkshopData(model.Workshop(title="T"))
    data.boards.append(model.Board(1, model.BoardKind.CAPTURE, "Ideas"))
    [(before, image)] = edits.add_image(data, 1, " wall.jpg ", b"png", 10.0, 20.0, 300.0, 200.0)
    assert before is None and image.id == 1 and image.name == "wall.jpg"
    data.images.append(image)
    [(old, moved)] = edits.move_image(data, 1, 50.0, 60.0)
    assert old is image and (moved.x, moved.y) == (50.0, 60.0)
    assert edits.move_image(data, 1, 10.0, 20.0) == []  # no change, no edit
    [(_, bigger)] = edits.resize_image(data, 1, 600.0, 400.0)
    assert (bigger.width, bigger.height) == (600.0, 400.0)
    with pytest.raises(ValueError):
        edits.resize_image(data, 1, float("nan"), 10.0)
    assert edits.delete_image(data, 1) == [(image, None)]
