package com.alujrat.verification.internal;

import java.util.UUID;

import com.alujrat.platform.Erasable;
import com.alujrat.platform.FileStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Identity documents, their photos, the log of looks at them, and the phone: all of it goes. */
@Component
class VerificationErasure implements Erasable {

	private final JdbcClient jdbc;

	private final FileStore files;

	VerificationErasure(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		jdbc.sql("select front_file, back_file, selfie_file from verification.submissions where user_id = ?")
			.param(id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list()
			.forEach(keys -> {
				for (String key : keys) {
					if (key != null) {
						files.delete(key);
					}
				}
			});
		jdbc.sql("delete from verification.document_access_log where subject_user_id = ?").param(id).update();
		jdbc.sql("update verification.submissions set duplicate_of = null where duplicate_of in "
				+ "(select id from verification.submissions where user_id = ?)").param(id).update();
		jdbc.sql("delete from verification.submissions where user_id = ?").param(id).update();
		jdbc.sql("delete from verification.phones where user_id = ?").param(id).update();
		jdbc.sql("delete from verification.phone_challenges where user_id = ?").param(id).update();
	}
}
