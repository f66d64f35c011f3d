// The CPU calibration's own process (bench/calibration.ts startCalibrator): one calibration sample
// per message, answered with its CPU and wall time, or with the error.
import { calibrationSample, calibrationWorkload } from './calibration.ts'

const unit = calibrationWorkload()
process.on('message', () => {
  try {
    process.send!(calibrationSample(unit))
  } catch (error) {
    process.send!({ error: String(error) })
  }
})
// Ends with the bench, which closes the channel (or kills this process).
process.on('disconnect', () => process.exit(0))
