package com.alujrat.billing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import com.alujrat.payments.CheckoutPaid;
import com.alujrat.payments.FeeRefunded;
import com.alujrat.payments.Payables;
import com.alujrat.payments.Purpose;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.projects.PostingFees;
import com.alujrat.projects.ProjectId;
import com.alujrat.projects.Publishing;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The job-posting fee ({@code alujrat.billing.posting-fee} paisa, 0 for none): a draft waits for it, and once it is
 * paid the draft is published.
 */
@Component
class PostingFeeDesk implements PostingFees, Payables {

	private static final Logger log = LoggerFactory.getLogger(PostingFeeDesk.class);

	private final JdbcClient jdbc;

	private final Publishing publishing;

	private final Clock clock;

	private final long fee;

	PostingFeeDesk(JdbcClient jdbc, Publishing publishing, Clock clock,
			@Value("${alujrat.billing.posting-fee:0}") long fee) {
		this.jdbc = jdbc;
		this.publishing = publishing;
		this.clock = clock;
		this.fee = fee;
	}

	@Override
	public Money due(ProjectId project, UserId employer) {
		boolean paid = jdbc.sql("select exists (select 1 from billing.payments where project_id = ? and refunded_at is null)")
			.param(project.value())
			.query(Boolean.class)
			.single();
		return new Money(paid ? 0 : fee);
	}

	@Override
	public Purpose purpose() {
		return Purpose.POSTING_FEE;
	}

	@Override
	public Bill bill(UUID projectId, UserId payer) {
		ProjectId project = new ProjectId(projectId);
		if (!publishing.isDraftOf(project, payer)) {
			throw new NotFound("No such draft.");
		}
		Money due = due(project, payer);
		if (due.paisa() == 0) {
			throw Rejected.conflict("postingFee.none");
		}
		return new Bill(due, "Posting fee", null);
	}

	/** Unused while the project it was paid for is still an unpublished draft. */
	@Override
	public boolean refundableByStaff(UUID projectId) {
		return jdbc.sql("select user_id from billing.payments where project_id = ? and refunded_at is null")
			.param(projectId)
			.query(UUID.class)
			.list()
			.stream()
			.anyMatch(employer -> publishing.isDraftOf(new ProjectId(projectId), new UserId(employer)));
	}

	@ApplicationModuleListener
	void on(FeeRefunded refunded) {
		if (refunded.purpose() == Purpose.POSTING_FEE) {
			jdbc.sql("update billing.payments set refunded_at = ? where checkout_id = ?")
				.params(Timestamp.from(clock.instant()), refunded.checkout())
				.update();
		}
	}

	@ApplicationModuleListener
	void on(CheckoutPaid paid) {
		if (paid.purpose() != Purpose.POSTING_FEE) {
			return;
		}
		jdbc.sql("""
				insert into billing.payments (checkout_id, project_id, user_id, amount, paid_at) values (?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(paid.checkout(), paid.referenceId(), paid.payer().value(), paid.amount().paisa(),
					Timestamp.from(clock.instant()))
			.update();
		ProjectId project = new ProjectId(paid.referenceId());
		if (!publishing.isDraftOf(project, paid.payer())) {
			log.warn("Posting fee paid for project {}, which is no longer a draft of its payer", project.value());
			return;
		}
		try {
			publishing.publishPaid(project, paid.payer());
		}
		catch (Rejected refused) {
			// Kept as paid: the employer publishes it themselves once the refusal (say, a lapsed verification) is fixed.
			log.warn("Posting fee paid for project {} but it was not published: {}", project.value(),
					refused.messageKey());
		}
	}
}
