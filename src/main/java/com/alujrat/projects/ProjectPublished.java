package com.alujrat.projects;

import com.alujrat.shared.UserId;

public record ProjectPublished(ProjectId project, UserId employer, String category, String city) {
}
