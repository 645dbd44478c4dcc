package com.alujrat.projects;

import com.alujrat.projects.internal.Postings;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What other modules may ask of an employer's projects before they are published. */
@Service
public class Publishing {

	private final Postings postings;

	Publishing(Postings postings) {
		this.postings = postings;
	}

	/** Whether the project is a draft of this employer's (what a posting fee may be paid for). */
	public boolean isDraftOf(ProjectId project, UserId employer) {
		return postings.isDraftOf(project.value(), employer);
	}

	/** The posting fee was paid: publish the draft as its employer asked. */
	public void publishPaid(ProjectId project, UserId employer) {
		postings.publish(project.value(), employer);
	}
}
