package com.alujrat.projects;

import com.alujrat.shared.UserId;

public record BidPlaced(BidId bid, ProjectId project, UserId freelancer, UserId employer) {
}
