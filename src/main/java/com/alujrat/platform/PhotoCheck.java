package com.alujrat.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Accepts a photo only by its content: JPEG or PNG magic bytes, at most 8 MB, nothing hidden before or after the
 * image (polyglots), and a full decode. What is stored is re-encoded from the pixels, so EXIF, GPS and every other
 * piece of metadata is gone.
 * <p>
 * Decoding cannot exhaust memory: the decoded size (pixels times bytes per pixel, so a 16-bit PNG counts double) is
 * read from the header and must stay within 160 MB, the size of a 40-megapixel 8-bit photo with alpha; at most
 * {@code alujrat.photos.concurrent-decodes} photos (default 2) are decoded at once; and each upload is decoded once,
 * every stored size being scaled from that one decode.
 */
@Component
public class PhotoCheck {

	static final int MAX_BYTES = 8 * 1024 * 1024;

	static final long MAX_DECODED_BYTES = 40_000_000L * 4;

	private static final Duration DECODE_WAIT = Duration.ofSeconds(30);

	private final Semaphore decodes;

	public PhotoCheck(@Value("${alujrat.photos.concurrent-decodes:2}") int concurrentDecodes) {
		this.decodes = new Semaphore(Math.max(1, concurrentDecodes), true);
	}

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final String[] FOREIGN_MARKERS = { "%pdf-", "<script", "<html", "<?php", "<svg" };

	/** A photo fit to store: re-encoded pixels and the format they are in. */
	public record CleanPhoto(byte[] bytes, String format, int width, int height) {

		public String contentType() {
			return "png".equals(format) ? "image/png" : "image/jpeg";
		}
	}

	/** The photo at its own size, re-encoded. */
	public CleanPhoto clean(String field, byte[] content) {
		return cleanInSizes(field, content, Integer.MAX_VALUE).get(0);
	}

	/**
	 * The photo re-encoded once for each of {@code maxSides} (its longer side scaled down to at most that, never
	 * up), all from a single decode.
	 */
	public List<CleanPhoto> cleanInSizes(String field, byte[] content, int... maxSides) {
		if (content == null || content.length == 0) {
			throw new PhotoRejected(field, "photo.required");
		}
		if (content.length > MAX_BYTES) {
			throw new PhotoRejected(field, "photo.tooLarge");
		}
		String format = format(content);
		if (format == null) {
			throw new PhotoRejected(field, "photo.type");
		}
		if (carriesForeignContent(content) || ("png".equals(format) && !pngEndsAtIend(content))) {
			throw new PhotoRejected(field, "photo.polyglot");
		}
		acquireDecode(field);
		try {
			BufferedImage image = decode(field, content, format);
			List<CleanPhoto> sizes = new ArrayList<>();
			for (int maxSide : maxSides) {
				BufferedImage scaled = scaled(image, maxSide, format);
				sizes.add(new CleanPhoto(encode(scaled, format), format, scaled.getWidth(), scaled.getHeight()));
			}
			return sizes;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRejected rejected) {
				throw rejected;
			}
			throw new PhotoRejected(field, "photo.unreadable");
		}
		finally {
			decodes.release();
		}
	}

	private void acquireDecode(String field) {
		try {
			if (!decodes.tryAcquire(DECODE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new PhotoRejected(field, "photo.busy");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PhotoRejected(field, "photo.busy");
		}
	}

	private static BufferedImage decode(String field, byte[] content, String format) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels * bytesPerPixel(reader) > MAX_DECODED_BYTES) {
					throw new PhotoRejected(field, "photo.tooManyPixels");
				}
				BufferedImage image = reader.read(0);
				if ("jpeg".equals(format) && content.length - in.getStreamPosition() > 64) {
					throw new PhotoRejected(field, "photo.polyglot");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** What one pixel of the decoded image takes in memory, from the header's sample layout. */
	private static long bytesPerPixel(ImageReader reader) throws IOException {
		ImageTypeSpecifier type = reader.getRawImageType(0);
		if (type == null) {
			Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
			type = types.hasNext() ? types.next() : null;
		}
		if (type == null) {
			return 4;
		}
		int bits = 0;
		for (int size : type.getSampleModel().getSampleSize()) {
			bits += size;
		}
		// A decoded sample never takes less than a byte per band in Java's rasters, nor under 4 bytes a pixel once
		// converted for drawing.
		return Math.max(4, Math.max(type.getSampleModel().getNumBands(), (bits + 7) / 8));
	}

	private static BufferedImage scaled(BufferedImage image, int maxSide, String format) {
		int longer = Math.max(image.getWidth(), image.getHeight());
		if (longer <= maxSide) {
			return image;
		}
		double scale = (double) maxSide / longer;
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage scaled = new BufferedImage(width, height,
				"png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = scaled.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return scaled;
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if ("png".equals(format)) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		BufferedImage rgb = image;
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			rgb.getGraphics().drawImage(image, 0, 0, null);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(rgb, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static String format(byte[] content) {
		if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return "jpeg";
		}
		if (content.length > PNG_SIGNATURE.length) {
			for (int i = 0; i < PNG_SIGNATURE.length; i++) {
				if (content[i] != PNG_SIGNATURE[i]) {
					return null;
				}
			}
			return "png";
		}
		return null;
	}

	/** Markers of documents that other programs would open from the same bytes (PDF, HTML, script, SVG). */
	private static boolean carriesForeignContent(byte[] content) {
		String text = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		for (String marker : FOREIGN_MARKERS) {
			if (text.contains(marker)) {
				return true;
			}
		}
		return false;
	}

	/** A PNG is a chain of chunks ending with IEND; anything after it is something else riding along. */
	private static boolean pngEndsAtIend(byte[] content) {
		ByteBuffer buffer = ByteBuffer.wrap(content);
		int position = PNG_SIGNATURE.length;
		while (position + 12 <= content.length) {
			long length = buffer.getInt(position) & 0xFFFFFFFFL;
			String type = new String(content, position + 4, 4, StandardCharsets.ISO_8859_1);
			long end = position + 12 + length;
			if (end > content.length) {
				return false;
			}
			if ("IEND".equals(type)) {
				return end == content.length;
			}
			position = (int) end;
		}
		return false;
	}
}
