package com.alujrat.notifications;

import java.util.Optional;

import com.alujrat.shared.UserId;

/** A user's verified phone number in E.164 form, for critical security alerts: implemented by {@code verification}. */
public interface Phones {

	Optional<String> verified(UserId id);
}
