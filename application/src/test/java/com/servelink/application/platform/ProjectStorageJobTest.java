package com.servelink.application.platform;

import com.servelink.application.testing.TestCore;
import com.servelink.domain.platform.Project;
import org.junit.jupiter.api.Test;

import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code update_project_storage} job, through the storage meter. */
class ProjectStorageJobTest {
    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);
    private final Project api = steps.createProject(ACME, "api");
    private final Project web = steps.createProject(ACME, "web");
    private final Project blog = steps.createProject(TINY, "blog");

    private int runJob() {
        return core.updateProjectStorage.updateStorage();
    }

    @Test
    void storage_is_updated_from_the_meter_and_a_second_run_changes_nothing() {
        core.storageMeter.set(api.id(), 512);
        core.storageMeter.set(web.id(), 0);
        core.storageMeter.set(blog.id(), 75);

        assertThat(runJob()).isEqualTo(2);
        assertThat(steps.reload(api).storageMb()).isEqualTo(512);
        assertThat(steps.reload(web).storageMb()).isZero();
        assertThat(steps.reload(blog).storageMb()).isEqualTo(75);
        assertThat(steps.reload(web).version()).as("unchanged projects are not written").isZero();

        assertThat(runJob()).isZero();

        core.storageMeter.set(api.id(), 300);
        assertThat(runJob()).isEqualTo(1);
        assertThat(steps.reload(api).storageMb()).isEqualTo(300);
    }

    @Test
    void a_project_the_meter_cannot_measure_keeps_its_value_until_the_next_run() {
        core.storageMeter.set(api.id(), 512);
        core.storageMeter.set(blog.id(), 75);
        core.storageMeter.unreachable(api.id());

        assertThat(runJob()).isEqualTo(1);
        assertThat(steps.reload(api).storageMb()).isZero();
        assertThat(steps.reload(blog).storageMb()).isEqualTo(75);

        core.storageMeter.reachable(api.id());
        assertThat(runJob()).isEqualTo(1);
        assertThat(steps.reload(api).storageMb()).isEqualTo(512);
    }
}
