package com.alujrat.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Files attached to a module's things: PDF, JPEG or PNG images, and Office documents (Word, Excel, PowerPoint, old
 * and new formats), at most 20 MB, checked by content (not by name or declared type). Images are decoded and written
 * anew, which drops their metadata (a phone's GPS position, say); Office files with macros are refused. The caller
 * decides who may add and read; this only stores and checks.
 */
@Service
public class Attachments {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/** What one person (or one visitor's ticket) may upload in a day, all modules together. */
	public static final long DAILY_BYTES = 500L * 1024 * 1024;

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final JdbcClient jdbc;

	private final FileStore files;

	private final PhotoCheck photos;

	private final Clock clock;

	Attachments(JdbcClient jdbc, FileStore files, PhotoCheck photos, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.photos = photos;
		this.clock = clock;
	}

	public record Attachment(UUID id, String name, String contentType, long size, Instant addedAt) {
	}

	/** A file as someone uploaded it: its name on their device and its bytes, not yet checked. */
	public record Upload(String filename, byte[] content) {
	}

	/** Checks and stores a file for the owner; refused on {@code field} when it is empty, too large or not allowed. */
	public Attachment add(String ownerKind, UUID ownerId, UUID addedBy, String field, String filename, byte[] content) {
		if (content == null || content.length == 0) {
			throw new Rejected(field, "attachment.required");
		}
		if (content.length > MAX_BYTES) {
			throw new Rejected(field, "attachment.tooLarge");
		}
		long today = jdbc.sql("select coalesce(sum(size), 0) from platform.attachments where added_by = ? and added_at > ?")
			.params(addedBy, Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1))))
			.query(Long.class)
			.single();
		if (today + content.length > DAILY_BYTES) {
			throw new Rejected(field, "attachment.dailyQuota");
		}
		Kind kind = kind(field, content);
		byte[] stored = kind.image ? photos.clean(field, content).bytes() : content;
		String name = displayName(filename, kind);
		UUID id = UUID.randomUUID();
		String key = "attachments/" + ownerKind + "/" + ownerId + "/" + id;
		files.put(key, stored);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into platform.attachments (id, owner_kind, owner_id, name, content_type, size, file_key, added_by,
				    added_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, ownerKind, ownerId, name, kind.contentType, stored.length, key, addedBy, Timestamp.from(now))
			.update();
		return new Attachment(id, name, kind.contentType, stored.length, now);
	}

	public List<Attachment> of(String ownerKind, UUID ownerId) {
		return jdbc.sql("""
				select id, name, content_type, size, added_at from platform.attachments
				where owner_kind = ? and owner_id = ? order by added_at""")
			.params(ownerKind, ownerId)
			.query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getLong(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	public int count(String ownerKind, UUID ownerId) {
		return jdbc.sql("select count(*) from platform.attachments where owner_kind = ? and owner_id = ?")
			.params(ownerKind, ownerId)
			.query(Integer.class)
			.single();
	}

	/** The file, if it belongs to that owner. */
	public Optional<File> read(String ownerKind, UUID ownerId, UUID id) {
		return jdbc.sql("""
				select name, content_type, file_key from platform.attachments
				where id = ? and owner_kind = ? and owner_id = ?""")
			.params(id, ownerKind, ownerId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional()
			.flatMap(row -> files.get(row[2]).map(bytes -> new File(row[0], row[1], bytes)));
	}

	public record File(String name, String contentType, byte[] bytes) {
	}

	private enum Kind {

		PDF("application/pdf", "pdf", false), JPEG("image/jpeg", "jpg", true), PNG("image/png", "png", true),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
		PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", false),
		OFFICE97("application/octet-stream", "doc", false);

		final String contentType;

		final String extension;

		final boolean image;

		Kind(String contentType, String extension, boolean image) {
			this.contentType = contentType;
			this.extension = extension;
			this.image = image;
		}
	}

	private static Kind kind(String field, byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Kind.PDF;
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Kind.JPEG;
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G' })) {
			return Kind.PNG;
		}
		if (startsWith(content, OLE2)) {
			return Kind.OFFICE97;
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return office(field, content);
		}
		throw new Rejected(field, "attachment.type");
	}

	/** An Office Open XML file: a ZIP whose table of contents names its kind, without macros. */
	private static Kind office(String field, byte[] content) {
		Path temp = null;
		try {
			temp = Files.createTempFile("attachment", ".zip");
			Files.write(temp, content);
			try (ZipFile zip = new ZipFile(temp.toFile())) {
				List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
				if (names.size() > 5_000 || !names.contains("[Content_Types].xml")
						|| names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
					throw new Rejected(field, "attachment.type");
				}
				for (Kind kind : List.of(Kind.DOCX, Kind.XLSX, Kind.PPTX)) {
					String folder = switch (kind) {
						case DOCX -> "word/";
						case XLSX -> "xl/";
						default -> "ppt/";
					};
					if (names.stream().anyMatch(n -> n.startsWith(folder))) {
						return kind;
					}
				}
				throw new Rejected(field, "attachment.type");
			}
		}
		catch (IOException ex) {
			throw new Rejected(field, "attachment.type");
		}
		finally {
			// The copy is only for reading the ZIP's table of contents; a leftover in the temp folder harms nothing.
			if (temp != null) {
				temp.toFile().delete();
			}
		}
	}

	/** The name people see: no folders, no control characters, at most 120 characters, the real type's extension. */
	private static String displayName(String filename, Kind kind) {
		String base = filename == null ? "" : filename.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		int dot = base.lastIndexOf('.');
		String stem = dot > 0 ? base.substring(0, dot) : base;
		if (stem.isEmpty()) {
			stem = "file";
		}
		if (stem.length() > 110) {
			stem = stem.substring(0, 110);
		}
		String extension = kind == Kind.OFFICE97 && dot > 0
				&& List.of("doc", "xls", "ppt").contains(base.substring(dot + 1).toLowerCase(Locale.ROOT))
						? base.substring(dot + 1).toLowerCase(Locale.ROOT) : kind.extension;
		return stem + "." + extension;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}
}
