package com.alujrat.accounts;

import com.alujrat.shared.UserId;

/** Staff reopened a closed account: its profile is listed again; what was closed stays closed for its owner to reopen. */
public record AccountReactivated(UserId userId) {
}
