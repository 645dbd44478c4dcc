package com.alujrat.profiles.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.profiles.Taxonomy;
import com.alujrat.accounts.Account;
import com.alujrat.accounts.AccountType;
import com.alujrat.accounts.Accounts;
import com.alujrat.profiles.ContractLinks;
import com.alujrat.profiles.Reputation;
import com.alujrat.profiles.Section;
import com.alujrat.profiles.Viewer;
import com.alujrat.profiles.Visibility;
import com.alujrat.profiles.internal.ProfileData.Education;
import com.alujrat.profiles.internal.ProfileData.Experience;
import com.alujrat.profiles.internal.ProfileData.PortfolioItem;
import com.alujrat.shared.Money;
import com.alujrat.shared.PersonName;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.verification.Verifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A profile as one particular viewer may see it: each section is there only if its visibility allows that
 * viewer (null otherwise), and the name is "Ayesha K." unless the viewer is the owner, staff or hired.
 */
@Service
public class ProfileViews {

	private final Accounts accounts;

	private final Verifications verifications;

	private final FreelancerProfiles freelancers;

	private final EmployerProfiles employers;

	private final VisibilitySettings visibility;

	private final ContractLinks contracts;

	private final Taxonomy taxonomy;

	private final JdbcClient jdbc;

	private final Reputation reputation;

	ProfileViews(Accounts accounts, Verifications verifications, FreelancerProfiles freelancers,
			EmployerProfiles employers, VisibilitySettings visibility, ContractLinks contracts, Taxonomy taxonomy,
			JdbcClient jdbc, Reputation reputation) {
		this.jdbc = jdbc;
		this.reputation = reputation;
		this.accounts = accounts;
		this.verifications = verifications;
		this.freelancers = freelancers;
		this.employers = employers;
		this.visibility = visibility;
		this.contracts = contracts;
		this.taxonomy = taxonomy;
	}

	public record FreelancerView(UUID userId, String name, boolean verified, Viewer viewer, String photoUrl,
			String headline, String bio, List<Taxonomy.Skill> skills, Money hourlyRate, List<String> languages,
			String availability, String city, String area, List<Experience> experience, List<Education> education,
			List<PortfolioItem> portfolio, String email, String phone, Reputation.Rating rating) {
	}

	public record EmployerView(UUID userId, String name, boolean verified, Viewer viewer, String photoUrl,
			String companyName, String companySize, String website, String description, String city, String area,
			String email, String phone, Reputation.Rating rating) {
	}

	/** Why an admin may look at a whole profile; each look is logged with it. */
	public static final List<String> STAFF_PURPOSES = List.of("SUPPORT_REQUEST", "DISPUTE", "FRAUD_CHECK",
			"LEGAL_REQUEST");

	/** Who the signed-in user (or the public) is to this profile's owner, staff seeing it as registered users do. */
	public Viewer viewerOf(UUID owner) {
		return viewerOf(owner, null);
	}

	/**
	 * Who the signed-in user (or the public) is to this profile's owner. Staff see a profile as a registered user
	 * does; only an admin who names one of {@link #STAFF_PURPOSES} sees all of it, and that look is logged.
	 */
	@Transactional
	public Viewer viewerOf(UUID owner, String purpose) {
		Optional<SignedInUser> current = SignedInUser.current();
		if (current.isEmpty()) {
			return Viewer.PUBLIC;
		}
		SignedInUser user = current.get();
		if (user.id().value().equals(owner)) {
			return Viewer.OWNER;
		}
		if (user.actsAsStaff("ADMIN") && purpose != null && STAFF_PURPOSES.contains(purpose)) {
			jdbc.sql("insert into profiles.staff_views (subject_id, viewer_id, purpose) values (?, ?, ?)")
				.params(owner, user.id().value(), purpose)
				.update();
			return Viewer.STAFF;
		}
		return contracts.hasContractBetween(user.id(), new UserId(owner)) ? Viewer.HIRED : Viewer.REGISTERED;
	}

	/** The type of an account that may be shown: a closed account has no profile any more. */
	public Optional<AccountType> typeOf(UUID owner) {
		return accounts.find(new UserId(owner))
			.filter(a -> a.status() != com.alujrat.accounts.AccountStatus.CLOSED)
			.map(Account::type);
	}

	public Optional<FreelancerView> freelancer(UUID owner, Viewer viewer) {
		Optional<Account> account = accounts.find(new UserId(owner))
			.filter(a -> a.type() == AccountType.FREELANCER && a.status() != com.alujrat.accounts.AccountStatus.CLOSED);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		FreelancerProfiles.Stored stored = freelancers.find(owner)
			.orElse(new FreelancerProfiles.Stored(owner, new ProfileData.FreelancerFields("", "", List.of(), null,
					List.of(), "", "", "AVAILABLE"), null, false, java.time.Instant.now()));
		Map<Section, Visibility> settings = visibility.of(owner);
		Shown shown = new Shown(settings, viewer);
		var fields = stored.fields();
		return Optional.of(new FreelancerView(owner, name(account.get(), viewer),
				verifications.isVerified(new UserId(owner)), viewer,
				shown.has(Section.PHOTO) && stored.photoKey() != null ? photoUrl(owner) : null,
				shown.value(Section.HEADLINE, fields.headline()), shown.value(Section.BIO, fields.bio()),
				shown.has(Section.SKILLS) ? fields.skills().stream().map(taxonomy::skill).toList() : null,
				shown.has(Section.RATE) && fields.hourlyRateRupees() != null ? Money.rupees(fields.hourlyRateRupees())
						: null,
				shown.value(Section.LANGUAGES, fields.languages()), shown.value(Section.AVAILABILITY, fields.availability()),
				shown.value(Section.LOCATION, fields.city()), shown.value(Section.LOCATION, fields.area()),
				shown.has(Section.EXPERIENCE) ? freelancers.experience(owner) : null,
				shown.has(Section.EDUCATION) ? freelancers.education(owner) : null,
				shown.has(Section.PORTFOLIO) ? freelancers.portfolio(owner) : null,
				shown.value(Section.EMAIL, account.get().email()),
				shown.has(Section.PHONE) ? verifications.confirmedPhone(new UserId(owner)).orElse(null) : null,
				reputation.of(new UserId(owner))));
	}

	public Optional<EmployerView> employer(UUID owner, Viewer viewer) {
		Optional<Account> account = accounts.find(new UserId(owner))
			.filter(a -> a.type() == AccountType.EMPLOYER && a.status() != com.alujrat.accounts.AccountStatus.CLOSED);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		EmployerProfiles.Stored stored = employers.find(owner)
			.orElse(new EmployerProfiles.Stored(owner, new ProfileData.EmployerFields("", "", "", "", "", ""), null,
					false));
		Shown shown = new Shown(visibility.of(owner), viewer);
		var fields = stored.fields();
		return Optional.of(new EmployerView(owner, name(account.get(), viewer),
				verifications.isVerified(new UserId(owner)), viewer,
				shown.has(Section.PHOTO) && stored.photoKey() != null ? photoUrl(owner) : null,
				shown.value(Section.COMPANY, fields.companyName()), shown.value(Section.COMPANY, fields.companySize()),
				shown.value(Section.COMPANY, fields.website()), shown.value(Section.COMPANY, fields.description()),
				shown.value(Section.LOCATION, fields.city()), shown.value(Section.LOCATION, fields.area()),
				shown.value(Section.EMAIL, account.get().email()),
				shown.has(Section.PHONE) ? verifications.confirmedPhone(new UserId(owner)).orElse(null) : null,
				reputation.of(new UserId(owner))));
	}

	/** Whether a viewer may see one section of an owner's profile (photos and portfolio images ask this). */
	public boolean allows(UUID owner, Section section, Viewer viewer) {
		return visibility.of(owner).get(section).allows(viewer);
	}

	/** Before a hire: first name and last initial. The full name only for the owner, staff and hired users. */
	static String name(Account account, Viewer viewer) {
		if (viewer == Viewer.OWNER || viewer == Viewer.STAFF || viewer == Viewer.HIRED) {
			return account.fullName();
		}
		return PersonName.shortForm(account.fullName());
	}

	private static String photoUrl(UUID owner) {
		return "/profiles/" + owner + "/photo";
	}

	/** The sections a viewer may see, given the owner's settings. */
	private record Shown(Map<Section, Visibility> settings, Viewer viewer) {

		boolean has(Section section) {
			return settings.get(section).allows(viewer);
		}

		<T> T value(Section section, T value) {
			return has(section) ? value : null;
		}
	}
}
