package com.alujrat.accounts;

import com.alujrat.shared.UserId;

public record EmailVerified(UserId userId) {
}
