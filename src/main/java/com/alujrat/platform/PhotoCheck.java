package com.alujrat.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Accepts a photo only by its content: JPEG or PNG magic bytes, at most 8 MB and 40 megapixels (read from the
 * header before any decoding, against decompression bombs), nothing hidden before or after the image
 * (polyglots), and a full decode. What is stored is re-encoded from the pixels, so EXIF, GPS and every other
 * piece of metadata is gone.
 */
@Component
public class PhotoCheck {

	static final int MAX_BYTES = 8 * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000L;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final String[] FOREIGN_MARKERS = { "%pdf-", "<script", "<html", "<?php", "<svg" };

	/** A photo fit to store: re-encoded pixels and the format they are in. */
	public record CleanPhoto(byte[] bytes, String format, int width, int height) {

		public String contentType() {
			return "png".equals(format) ? "image/png" : "image/jpeg";
		}
	}

	/** Scales a clean photo down (never up) so its longer side is at most {@code maxSide} pixels. */
	public CleanPhoto resize(CleanPhoto photo, int maxSide) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
			int longer = Math.max(image.getWidth(), image.getHeight());
			if (longer <= maxSide) {
				return photo;
			}
			double scale = (double) maxSide / longer;
			int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
			int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
			BufferedImage scaled = new BufferedImage(width, height,
					"png".equals(photo.format()) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			java.awt.Graphics2D g = scaled.createGraphics();
			g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
					java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, width, height, null);
			g.dispose();
			return new CleanPhoto(encode(scaled, photo.format()), photo.format(), width, height);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public CleanPhoto clean(String field, byte[] content) {
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
		try {
			return decodeAndReencode(field, content, format);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRejected rejected) {
				throw rejected;
			}
			throw new PhotoRejected(field, "photo.unreadable");
		}
	}

	private static CleanPhoto decodeAndReencode(String field, byte[] content, String format) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new PhotoRejected(field, "photo.tooManyPixels");
				}
				BufferedImage image = reader.read(0);
				if ("jpeg".equals(format) && content.length - in.getStreamPosition() > 64) {
					throw new PhotoRejected(field, "photo.polyglot");
				}
				return new CleanPhoto(encode(image, format), format, image.getWidth(), image.getHeight());
			}
			finally {
				reader.dispose();
			}
		}
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
