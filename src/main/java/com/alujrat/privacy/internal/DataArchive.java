package com.alujrat.privacy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;

import com.alujrat.platform.FileStore;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

/**
 * Writes people's data as a ZIP: per person (in a folder, when there are several) one JSON file per category with
 * its records, their uploaded files, and one README describing every file. The user's own export and a disclosure's
 * scoped export are both made here.
 */
@Component
class DataArchive {

	private final FileStore files;

	private final JsonMapper json;

	private final Clock clock;

	DataArchive(FileStore files, JsonMapper json, Clock clock) {
		this.files = files;
		this.json = json;
		this.clock = clock;
	}

	/** {@code people} maps each person's folder ("" for the top) to who they are; progress goes 0 to 99. */
	byte[] zip(Map<String, UserId> people, List<PersonalData> sources, IntConsumer progress) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		StringBuilder readme = new StringBuilder("""
				# Al Ujrat data

				Exported %s. One JSON file per category: `category`, `description` and `items` (the records). Amounts
				are integer paisa (100 paisa = 1 rupee); times are ISO-8601 in UTC. Uploaded files are in the folders
				named in each category. Identity document numbers and photos are not included: only verification staff
				may see them, and each time they did is listed on the "Who saw my data" page.

				""".formatted(clock.instant()));
		int steps = people.size() * sources.size();
		int step = 0;
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, UserId> person : people.entrySet()) {
				String folder = person.getKey().isEmpty() ? "" : person.getKey() + "/";
				for (PersonalData source : sources) {
					progress.accept(step++ * 100 / Math.max(1, steps));
					List<Map<String, Object>> items = source.export(person.getValue());
					Map<String, Object> file = new LinkedHashMap<>();
					file.put("category", source.category());
					file.put("description", source.description());
					file.put("items", items);
					entry(zip, folder + source.category() + ".json",
							json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
					if (folder.isEmpty() || step <= sources.size()) {
						readme.append("## ").append(source.category()).append(".json\n\n").append(source.description())
							.append("\n\nFields: ").append(String.join(", ", fields(items))).append("\n\n");
					}
					for (PersonalData.File upload : source.files(person.getValue())) {
						Optional<byte[]> content = files.get(upload.key());
						if (content.isPresent()) {
							entry(zip, folder + upload.name(), content.get());
						}
					}
				}
			}
			entry(zip, "README.md", readme.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static TreeSet<String> fields(List<Map<String, Object>> items) {
		TreeSet<String> names = new TreeSet<>();
		items.forEach(item -> names.addAll(item.keySet()));
		return names;
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}
