package com.alujrat.platform;

/**
 * Full text in English and Urdu, the same for every kind of listing: a stored, weighted {@code tsvector} of a title
 * (A), skill names (B) and a description (C), each under 'english' (stemmed) and 'simple' (Urdu and words the
 * English stemmer would mangle), matched with {@code websearch_to_tsquery} under both.
 */
public final class TextSearch {

	/** The vector, from the named parameters {@code :title}, {@code :skillNames} and {@code :description}. */
	public static final String VECTOR = """
			setweight(to_tsvector('english', :title), 'A') || setweight(to_tsvector('simple', :title), 'A')
			|| setweight(to_tsvector('simple', :skillNames), 'B')
			|| setweight(to_tsvector('english', :description), 'C') || setweight(to_tsvector('simple', :description), 'C')""";

	/** A FROM item {@code query} whose column {@code q} is the words of {@code :q}, to match with {@code @@}. */
	public static final String QUERY = ", (select websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q) as q) query";

	private TextSearch() {
	}
}
