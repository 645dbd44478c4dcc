package com.alujrat.platform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.alujrat.testing.Images;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoCheckTests {

	private final PhotoCheck check = new PhotoCheck(2);

	@Test
	void jpegAndPngPhotosAreAcceptedAndReencoded() throws Exception {
		PhotoCheck.CleanPhoto jpeg = check.clean("front", Images.jpeg(640, 400));
		PhotoCheck.CleanPhoto png = check.clean("front", Images.png(300, 200));

		assertThat(jpeg.format()).isEqualTo("jpeg");
		assertThat(ImageIO.read(new ByteArrayInputStream(jpeg.bytes())).getWidth()).isEqualTo(640);
		assertThat(png.format()).isEqualTo("png");
		assertThat(png.contentType()).isEqualTo("image/png");
	}

	@Test
	void aPdfNamedLikeAPhotoIsRefusedByItsContent() {
		assertRefused(Images.pdf(), "photo.type");
	}

	@Test
	void polyglotsAreRefused() {
		assertRefused(Images.pngWithPdfAppended(), "photo.polyglot");
		assertRefused(Images.jpegWithZipAppended(), "photo.polyglot");
	}

	@Test
	void aDecompressionBombIsRefusedBeforeDecoding() {
		byte[] bomb = Images.decompressionBomb();

		assertThat(bomb.length).isLessThan(10_000);
		assertRefused(bomb, "photo.tooManyPixels");
	}

	@Test
	void aFileOverEightMegabytesIsRefused() {
		byte[] big = Images.oversizedJpeg();

		assertThat(big.length).isGreaterThan(PhotoCheck.MAX_BYTES);
		assertRefused(big, "photo.tooLarge");
	}

	@Test
	void gpsAndOtherExifAreStrippedFromTheStoredCopy() {
		byte[] withGps = Images.jpegWithGps();
		assertThat(new String(withGps, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

		byte[] stored = check.clean("selfie", withGps).bytes();

		String text = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("GPSLatitude").doesNotContain("Exif");
	}

	@Test
	void everySizeComesFromOneDecodeKeepsTheShapeAndNeverEnlarges() {
		java.util.List<PhotoCheck.CleanPhoto> sizes = check.cleanInSizes("photo", Images.jpeg(1200, 800), 96, 4000);

		assertThat(sizes.get(0).width()).isEqualTo(96);
		assertThat(sizes.get(0).height()).isEqualTo(64);
		assertThat(sizes.get(1).width()).isEqualTo(1200);
	}

	@Test
	void theDecodedSizeCountsBytesPerPixelSoSixteenBitPngsHaveHalfTheBudget() {
		// 30 megapixels: within the budget at 8 bits a sample, twice over it at 16 bits with alpha.
		assertRefused(Images.pngHeaderOnly(6000, 5000, 16, 6), "photo.tooManyPixels");
		assertRefused(Images.pngHeaderOnly(6000, 5000, 8, 6), "photo.unreadable");
		assertRefused(Images.pngHeaderOnly(12000, 12000, 8, 6), "photo.tooManyPixels");
	}

	@Test
	void truncatedOrEmptyFilesAreRefused() {
		byte[] jpeg = Images.jpeg(200, 200);
		byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);

		assertRefused(truncated, "photo.unreadable");
		assertRefused(new byte[0], "photo.required");
	}

	private void assertRefused(byte[] content, String key) {
		assertThatThrownBy(() -> check.clean("front", content)).isInstanceOfSatisfying(PhotoRejected.class, e -> {
			assertThat(e.field()).isEqualTo("front");
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}
}
