package com.alujrat.verification;

public enum DocumentType {
	CNIC, PASSPORT
}
