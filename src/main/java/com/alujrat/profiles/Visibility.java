package com.alujrat.profiles;

/** Who may see a section of a profile. */
public enum Visibility {

	/** Anyone, signed in or not. */
	PUBLIC,
	/** Any signed-in user. */
	REGISTERED,
	/** Only users linked to the owner by a contract. */
	AFTER_HIRE,
	/** Only the owner (and staff). */
	PRIVATE;

	/** Whether a viewer of this kind may see a section with this setting. */
	public boolean allows(Viewer viewer) {
		return switch (viewer) {
			case OWNER, STAFF -> true;
			case HIRED -> this != PRIVATE;
			case REGISTERED -> this == PUBLIC || this == REGISTERED;
			case PUBLIC -> this == PUBLIC;
		};
	}
}
