package com.alujrat.profiles;

/** Who is looking at a profile, from the profile's point of view. */
public enum Viewer {
	PUBLIC, REGISTERED, HIRED, STAFF, OWNER
}
