package com.alujrat.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Photos and not-quite-photos for upload tests, made in memory. */
public final class Images {

	private Images() {
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	/** A JPEG carrying an EXIF segment with GPS coordinates right after its start marker. */
	public static byte[] jpegWithGps() {
		byte[] plain = jpeg(64, 48);
		byte[] exif = ("Exif\0\0MM\0*\0\0\0\bGPSLatitude=24.8607N GPSLongitude=67.0011E Karachi")
			.getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		int length = exif.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(exif);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	public static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A real PNG with a PDF riding after its end: image viewers and PDF readers both open it. */
	public static byte[] pngWithPdfAppended() {
		return concat(png(32, 32), pdf());
	}

	/** A real JPEG with a ZIP archive appended after its end marker. */
	public static byte[] jpegWithZipAppended() {
		byte[] zip = new byte[200];
		zip[0] = 'P';
		zip[1] = 'K';
		zip[2] = 3;
		zip[3] = 4;
		return concat(jpeg(32, 32), zip);
	}

	/** A PNG that is only its header (no pixel data): enough for the size checks made before decoding. */
	public static byte[] pngHeaderOnly(int width, int height, int bitDepth, int colourType) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
			.put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** A tiny PNG whose header claims 50,000 × 50,000 pixels: decoding it would take gigabytes. */
	public static byte[] decompressionBomb() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(50_000).putInt(50_000).put((byte) 8).put((byte) 0)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		Deflater deflater = new Deflater(9);
		deflater.setInput(new byte[50_001 * 64]);
		deflater.finish();
		byte[] compressed = new byte[4096];
		int size = deflater.deflate(compressed);
		byte[] idat = new byte[size];
		System.arraycopy(compressed, 0, idat, 0, size);
		chunk(out, "IDAT", idat);
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** A valid JPEG larger than 8 MB (noise does not compress). */
	public static byte[] oversizedJpeg() {
		BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
		java.util.Random random = new java.util.Random(7);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, random.nextInt());
			}
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			var param = writer.getDefaultWriteParam();
			param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(1.0f);
			try (var stream = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(11, 110, 79));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = new byte[a.length + b.length];
		System.arraycopy(a, 0, joined, 0, a.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
