package com.alujrat.verification.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.alujrat.testing.Images;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoCheckTests {

	private final PhotoCheck check = new PhotoCheck();

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
		assertRefused(Images.pdf(), "verification.photo.type");
	}

	@Test
	void polyglotsAreRefused() {
		assertRefused(Images.pngWithPdfAppended(), "verification.photo.polyglot");
		assertRefused(Images.jpegWithZipAppended(), "verification.photo.polyglot");
	}

	@Test
	void aDecompressionBombIsRefusedBeforeDecoding() {
		byte[] bomb = Images.decompressionBomb();

		assertThat(bomb.length).isLessThan(10_000);
		assertRefused(bomb, "verification.photo.tooManyPixels");
	}

	@Test
	void aFileOverEightMegabytesIsRefused() {
		byte[] big = Images.oversizedJpeg();

		assertThat(big.length).isGreaterThan(PhotoCheck.MAX_BYTES);
		assertRefused(big, "verification.photo.tooLarge");
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
	void truncatedOrEmptyFilesAreRefused() {
		byte[] jpeg = Images.jpeg(200, 200);
		byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);

		assertRefused(truncated, "verification.photo.unreadable");
		assertRefused(new byte[0], "verification.photo.required");
	}

	private void assertRefused(byte[] content, String key) {
		assertThatThrownBy(() -> check.clean("front", content)).isInstanceOfSatisfying(VerificationRejected.class, e -> {
			assertThat(e.field()).isEqualTo("front");
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}
}
