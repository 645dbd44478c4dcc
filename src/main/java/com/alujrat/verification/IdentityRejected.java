package com.alujrat.verification;

import com.alujrat.shared.UserId;

public record IdentityRejected(UserId userId, String reason) {
}
