package com.alujrat.projects.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.AccountType;
import com.alujrat.accounts.Accounts;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.Keyset;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Ui;
import com.alujrat.profiles.Taxonomy;
import com.alujrat.projects.FreelancerInvited;
import com.alujrat.projects.ProjectExpired;
import com.alujrat.projects.ProjectPublished;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.verification.Verifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.alujrat.projects.EmployerPlans;
import com.alujrat.projects.PostingFees;
import com.alujrat.shared.Money;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An employer's projects: drafts, publishing, edits, closing and reopening, invitations, expiry. */
@Service
public class Postings {

	static final int PAGE = 20;

	static final int MAX_ATTACHMENTS = 10;

	private final ProjectStore store;

	private final ProjectSight sight;

	private final Taxonomy taxonomy;

	private final Accounts accounts;

	private final Verifications verifications;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration openFor;

	private final Attachments attachments;

	// Lazy: billing, which says what fee is due, publishes the draft through this class once it is paid.
	private final PostingFees fees;

	private final EmployerPlans employerPlans;

	Postings(ProjectStore store, ProjectSight sight, Taxonomy taxonomy, Accounts accounts, Verifications verifications,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${alujrat.projects.open-days:30}") int openDays, Attachments attachments,
			@Lazy PostingFees fees, @Lazy EmployerPlans employerPlans) {
		this.employerPlans = employerPlans;
		this.attachments = attachments;
		this.fees = fees;
		this.store = store;
		this.sight = sight;
		this.taxonomy = taxonomy;
		this.accounts = accounts;
		this.verifications = verifications;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.openFor = Duration.ofDays(openDays);
	}

	/** A project together with how the signed-in user sees it. */
	public record Seen(Project project, ProjectSight.Role role) {
	}

	@Transactional
	public UUID draft(UserId employer, ProjectDetails details) {
		Account account = accounts.find(employer).orElseThrow();
		if (account.type() != AccountType.EMPLOYER) {
			throw Rejected.forbidden("type", "project.employersOnly");
		}
		ProjectDetails checked = details.checked(taxonomy, today());
		Project project = new Project(UUID.randomUUID(), employer.value(), checked, Project.Status.DRAFT,
				clock.instant(), null, null);
		store.insert(project);
		return project.id();
	}

	/** The project if the user may see it, with their role; "not found" otherwise, whether it exists or not. */
	public Seen seen(UUID id, SignedInUser user, String purpose) {
		Optional<Project> project = store.find(id);
		if (project.isEmpty()) {
			throw notFound();
		}
		return sight.of(project.get(), user, purpose)
			.map(role -> new Seen(project.get(), role))
			.orElseThrow(Postings::notFound);
	}

	/** Whether staff may open this project by naming a purpose (it exists; they could not see it without one). */
	public boolean staffMayAskFor(UUID id, SignedInUser user) {
		return sight.isStaff(user) && store.find(id).isPresent();
	}

	public Optional<Project> find(UUID id) {
		return store.find(id);
	}

	public record Page(List<Project> items, String next) {
	}

	/** The employer's own projects in every state, newest first. */
	public Page of(UserId employer, String after) {
		Keyset cursor = Keyset.parse(after, "after");
		List<Project> rows = jdbc.sql("select " + ProjectStore.COLUMNS + """
				 from projects.projects p where p.employer_id = :me
				  and (cast(:at as timestamptz) is null or (p.created_at, p.id) < (:at, :id))
				order by p.created_at desc, p.id desc limit :limit""")
			.param("me", employer.value())
			.param("at", cursor == null ? null : cursor.timestamp())
			.param("id", cursor == null ? null : cursor.id())
			.param("limit", PAGE + 1)
			.query(ProjectStore::project)
			.list();
		boolean more = rows.size() > PAGE;
		List<Project> shown = more ? rows.subList(0, PAGE) : rows;
		Project last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new Page(shown, more ? new Keyset(last.createdAt(), last.id()).toString() : null);
	}

	@Transactional
	public void edit(UUID id, UserId employer, ProjectDetails details) {
		Project project = owned(id, employer);
		store.update(project.edited(details.checked(taxonomy, today())));
	}

	/**
	 * Publishing needs an identity-verified employer whose account may transact (and a paid posting fee when there
	 * is one). Every refusal comes before any write, so it leaves a caller's transaction usable.
	 */
	@Transactional(noRollbackFor = Rejected.class)
	public void publish(UUID id, UserId employer) {
		Project project = owned(id, employer);
		if (!accounts.mayTransact(employer) || !verifications.isVerified(employer)) {
			throw Rejected.forbidden("verification", "project.publish.unverified");
		}
		long fee = project.status() == Project.Status.DRAFT ? fees.due(project.projectId(), employer).paisa() : 0;
		if (fee > 0) {
			throw new Rejected("fee", "project.publish.feeDue", HttpStatus.PAYMENT_REQUIRED, "payment-required",
					new Money(fee).format(LocaleContextHolder.getLocale()));
		}
		store.update(project.published(clock.instant(), openFor));
		if (employerPlans.featuresProjects(employer)) {
			jdbc.sql("insert into projects.featured (project_id, since) values (?, ?) on conflict do nothing")
				.params(id, Timestamp.from(clock.instant()))
				.update();
		}
		events.publishEvent(new ProjectPublished(project.projectId(), employer, project.details().category(),
				project.details().location() == null ? "" : project.details().location().city()));
	}

	/** Closing without a hire gives every bid on it back to its freelancer's monthly quota. */
	@Transactional
	public void close(UUID id, UserId employer) {
		store.update(owned(id, employer).closed());
		jdbc.sql("update projects.bids set counts_for_quota = false where project_id = ?").param(id).update();
	}

	/** Reopens a closed or expired project, or gives an open one another full period. */
	@Transactional
	public void reopen(UUID id, UserId employer) {
		store.update(owned(id, employer).reopened(clock.instant(), openFor));
	}

	/** Invites a freelancer, who from then on sees the project even if only invited freelancers may. */
	@Transactional
	public void invite(UUID id, UserId employer, UUID freelancer) {
		Project project = owned(id, employer);
		if (!project.open()) {
			throw Rejected.conflict("project.notOpen");
		}
		boolean isFreelancer = accounts.find(new UserId(freelancer))
			.filter(a -> a.type() == AccountType.FREELANCER && a.status() != AccountStatus.CLOSED)
			.isPresent();
		if (!isFreelancer) {
			throw new ProjectRejected("freelancerId", "project.invite.notFreelancer");
		}
		int added = jdbc.sql("""
				insert into projects.invitations (project_id, freelancer_id, invited_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(id, freelancer, Timestamp.from(clock.instant()))
			.update();
		if (added == 1) {
			events.publishEvent(new FreelancerInvited(project.projectId(), new UserId(freelancer), employer));
		}
	}

	/** Attaches a file (PDF, image or Office document, checked by content) to one of the employer's projects. */
	@Transactional
	public Attachments.Attachment attach(UUID id, UserId employer, String filename, byte[] content) {
		Project project = owned(id, employer);
		if (project.status() == Project.Status.HIRED) {
			throw Rejected.conflict("project.hired");
		}
		if (attachments.count("project", id) >= MAX_ATTACHMENTS) {
			throw new ProjectRejected("file", "attachment.tooMany", MAX_ATTACHMENTS);
		}
		return attachments.add("project", id, employer.value(), "file", filename, content);
	}

	/** A file of a project, for whoever may see the project. */
	public Attachments.File attachment(UUID id, SignedInUser user, UUID attachmentId) {
		seen(id, user, null);
		return attachments.read("project", id, attachmentId).orElseThrow(() -> new NotFound("No such file."));
	}

	public List<Attachments.Attachment> attachments(UUID id) {
		return attachments.of("project", id);
	}

	/** Open projects past their end date expire; each employer is told and may extend. */
	@Transactional
	public int expireDue() {
		var due = jdbc.sql("select " + ProjectStore.COLUMNS
				+ " from projects.projects p where p.status = 'OPEN' and p.expires_at <= ? for update skip locked limit 500")
			.param(Timestamp.from(clock.instant()))
			.query(ProjectStore::project)
			.list();
		for (Project project : due) {
			store.update(project.expired());
			events.publishEvent(new ProjectExpired(project.projectId(), project.employer()));
		}
		return due.size();
	}

	Project lock(UUID id) {
		return store.lock(id).orElseThrow(Postings::notFound);
	}

	void save(Project project) {
		store.update(project);
	}

	/** Which of these projects are featured. */
	public java.util.Set<UUID> featured(java.util.Collection<UUID> ids) {
		return store.featured(ids);
	}

	public boolean isDraftOf(UUID id, UserId employer) {
		return store.find(id).filter(p -> p.postedBy(employer) && p.status() == Project.Status.DRAFT).isPresent();
	}

	/** The project, locked, if the user posted it; "not found" for anyone else. */
	Project owned(UUID id, UserId employer) {
		return store.lock(id).filter(p -> p.postedBy(employer)).orElseThrow(Postings::notFound);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Ui.KARACHI));
	}

	static NotFound notFound() {
		return new NotFound("No such project.");
	}
}
