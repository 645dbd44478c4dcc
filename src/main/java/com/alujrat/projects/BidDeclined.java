package com.alujrat.projects;

import com.alujrat.shared.UserId;

public record BidDeclined(BidId bid, ProjectId project, UserId freelancer) {
}
