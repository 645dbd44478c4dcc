package com.alujrat.payments.web;

import com.alujrat.payments.internal.Wallets;
import com.alujrat.shared.UserId;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A whole wallet statement as CSV, amounts in paisa as in the API; text fields quoted against formula injection. */
final class StatementCsv {

	private StatementCsv() {
	}

	/** The download: a CSV attachment named for the platform. */
	static ResponseEntity<String> download(Wallets wallets, UserId user) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"alujrat-statement.csv\"")
			.body(of(wallets, user));
	}

	static String of(Wallets wallets, UserId user) {
		StringBuilder csv = new StringBuilder("date,transaction,kind,account,description,amount_paisa,balance_paisa\n");
		String after = null;
		do {
			Wallets.Statement page = wallets.statement(user, after, 500);
			for (Wallets.Line line : page.items()) {
				csv.append(line.at()).append(',').append(line.transactionNumber()).append(',').append(line.kind())
					.append(',').append(line.account()).append(',').append(quoted(line.memo())).append(',')
					.append(line.amount()).append(',').append(line.balance()).append('\n');
			}
			after = page.next();
		}
		while (after != null);
		return csv.toString();
	}

	private static String quoted(String text) {
		// A spreadsheet would run a cell starting with these as a formula.
		String safe = !text.isEmpty() && "=+-@\t\r|% ".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
