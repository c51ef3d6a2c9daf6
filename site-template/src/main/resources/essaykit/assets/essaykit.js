/* essaykit reader script (placeholder) */
