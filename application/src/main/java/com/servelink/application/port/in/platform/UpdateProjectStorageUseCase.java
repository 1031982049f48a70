package com.servelink.application.port.in.platform;

/**
 * The daily job {@value #JOB}: measures every project's disk use through the storage meter and
 * stores the values that changed. A project the meter cannot measure keeps its last value.
 */
public interface UpdateProjectStorageUseCase {
    /** Returns how many projects' storage changed (zero when run again with the same measures). */
    int updateStorage();
}
