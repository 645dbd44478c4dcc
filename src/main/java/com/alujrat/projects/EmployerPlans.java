package com.alujrat.projects;

import com.alujrat.shared.UserId;

/** What an employer's plan grants here; {@code billing} implements it. */
public interface EmployerPlans {

	/** Whether projects the employer publishes now are featured (marked in search results and on their page). */
	boolean featuresProjects(UserId employer);
}
