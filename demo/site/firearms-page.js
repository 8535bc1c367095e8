// The firearms application's page: the payment below the form shows once the application has been sent (the
// form's `soh-report-sent` event carries what is to be paid, and the payment takes it from the same event).
const payment = document.getElementById('payment');
document.addEventListener('soh-report-sent', (event) => {
  if (event.detail?.payment) payment.hidden = false;
});
