package com.alujrat.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.alujrat.platform.Attachments;

import org.springframework.web.multipart.MultipartFile;

/** A form's or an API call's optional file field, as an upload (null when nothing was chosen). */
public final class Uploads {

	private Uploads() {
	}

	public static Attachments.Upload of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Attachments.Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
