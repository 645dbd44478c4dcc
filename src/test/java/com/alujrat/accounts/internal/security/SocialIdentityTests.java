package com.alujrat.accounts.internal.security;

import java.util.List;
import java.util.Map;

import com.alujrat.accounts.internal.SocialIdentity;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

import static org.assertj.core.api.Assertions.assertThat;

/** Facebook (plain OAuth2) vouches for an address only when it says so; an address alone proves nothing. */
class SocialIdentityTests {

	@Test
	void aFacebookAddressCountsAsVerifiedOnlyWhenTheProviderSaysSo() {
		assertThat(facebook(Map.of("id", "1", "name", "Sana Mir", "email", "sana@example.pk")).emailVerified()).isFalse();
		assertThat(facebook(Map.of("id", "2", "name", "Sana Mir", "email", "sana@example.pk", "verified", true))
			.emailVerified()).isTrue();
		assertThat(facebook(Map.of("id", "3", "name", "Sana Mir", "verified", true)).emailVerified()).isFalse();
	}

	private static SocialIdentity facebook(Map<String, Object> attributes) {
		DefaultOAuth2User user = new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OAUTH2_USER")), attributes,
				"id");
		return SocialLoginSuccess.identity(new OAuth2AuthenticationToken(user, user.getAuthorities(), "facebook"));
	}
}
