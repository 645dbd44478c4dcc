package com.alujrat.projects;

import com.alujrat.shared.UserId;

/** An open project reached its end date without a hire; its employer may extend it. */
public record ProjectExpired(ProjectId project, UserId employer) {
}
