package com.alujrat.projects;

import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

/** The fee an employer still owes before a draft is published ({@code billing} implements it); zero when none. */
public interface PostingFees {

	Money due(ProjectId project, UserId employer);
}
