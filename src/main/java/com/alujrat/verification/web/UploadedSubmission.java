package com.alujrat.verification.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.alujrat.verification.DocumentType;
import com.alujrat.verification.internal.Submissions.NewSubmission;
import com.alujrat.verification.internal.VerificationRejected;

import org.springframework.web.multipart.MultipartFile;

/** The multipart fields of a submission, from the web form and the API alike. */
record UploadedSubmission(String legalName, String documentType, String documentNumber, String documentCountry,
		MultipartFile front, MultipartFile back, MultipartFile selfie) {

	NewSubmission toSubmission() {
		return new NewSubmission(legalName, type(), documentNumber, documentCountry, bytes(front), bytes(back),
				bytes(selfie));
	}

	private DocumentType type() {
		if (documentType == null || documentType.isBlank()) {
			return null;
		}
		try {
			return DocumentType.valueOf(documentType.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new VerificationRejected("documentType", "verification.documentType.required");
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file == null || file.isEmpty() ? null : file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
