package com.alujrat.accounts;

import java.util.Set;

import com.alujrat.shared.UserId;

public record StaffRolesChanged(UserId userId, UserId changedBy, Set<StaffRole> before, Set<StaffRole> after) {
}
