package com.alujrat.projects;

import com.alujrat.shared.UserId;

public record FreelancerInvited(ProjectId project, UserId freelancer, UserId employer) {
}
